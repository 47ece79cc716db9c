import { Role } from '@citypoints/contracts';
import { serviceAuthorization } from '@citypoints/platform/testing';
import { waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { callJson } from './call-json';

// A town of the end-to-end tests, made the way its people would make it: the platform operator
// creates the tenant and its staff through identity's internal API, everyone else acts through
// the gateway's public API.

/** The beach of Cascais, where the tests' activities take place. */
export const BEACH = { latitude: 38.6979, longitude: -9.4229 };

/** A phone standing on the beach, with a good GPS fix. */
export const ON_THE_BEACH = { ...BEACH, accuracy: 12 };

/** Settings that e2e clusters give their gateway process: tests poll it far above any limit. */
export const UNLIMITED_GATEWAY = { RATE_LIMIT_PERSON: '1000000', RATE_LIMIT_IP: '1000000' };

const PASSWORD = 'sand-castles-at-dawn-7';

export interface Member {
  userId: string;
  email: string;
  token: string;
}

/** One tenant of a running cluster, seen by its people through the gateway at `gatewayUrl`. */
export class Town {
  constructor(
    readonly tenant: string,
    private readonly gatewayUrl: string,
    private readonly identityUrl: string,
  ) {}

  api(path: string): string {
    return `${this.gatewayUrl}/api/v1${path}`;
  }

  /** The platform operator's step: the tenant, through identity's internal API. */
  async found(defaultLocale = 'pt', timeZone = 'Europe/Lisbon'): Promise<void> {
    const created = await callJson(`${this.identityUrl}/tenants`, {
      headers: { authorization: await serviceAuthorization('identity') },
      body: { slug: this.tenant, name: `Town ${this.tenant}`, defaultLocale, timeZone },
    });
    if (created.status !== 201) throw new Error(`no tenant: ${JSON.stringify(created.body)}`);
  }

  /** A resident who signed up and in through the gateway. */
  async resident(name: string): Promise<Member> {
    const email = `${name}-${randomUUID().slice(0, 8)}@${this.tenant}.example`;
    const signUp = await callJson(this.api(`/tenants/${this.tenant}/sign-up`), {
      body: { email, password: PASSWORD, displayName: name },
    });
    if (signUp.status !== 201) throw new Error(`no sign-up: ${JSON.stringify(signUp.body)}`);
    return this.signIn(email);
  }

  /** A member of staff the platform operator added through identity, signed in. */
  async staff(role: Extract<Role, 'verifier' | 'tenant-admin'>): Promise<Member> {
    const email = `${role}-${randomUUID().slice(0, 8)}@${this.tenant}.example`;
    const added = await callJson(`${this.identityUrl}/tenants/${this.tenant}/people`, {
      headers: { authorization: await serviceAuthorization('identity') },
      body: { email, password: PASSWORD, displayName: `Staff ${role}`, role },
    });
    if (added.status !== 201) throw new Error(`no ${role}: ${JSON.stringify(added.body)}`);
    return this.signIn(email);
  }

  async signIn(email: string): Promise<Member> {
    const session = await callJson(this.api(`/tenants/${this.tenant}/sessions`), {
      body: { email, password: PASSWORD },
    });
    if (session.status !== 200) throw new Error(`no session: ${JSON.stringify(session.body)}`);
    return { userId: session.body.userId, email, token: session.body.accessToken };
  }

  /**
   * An activity `admin` creates and publishes: on the beach, open always, no limits, verified
   * by any method; its id and the static code its posters print.
   */
  async publishActivity(
    admin: Member,
    points: number,
    title = 'Beach clean-up',
  ): Promise<{ activityId: string; code: string }> {
    const created = await callJson(this.api('/activities'), {
      token: admin.token,
      body: {
        titles: { en: title, pt: `${title} (pt)`, sv: `${title} (sv)` },
        category: 'environment',
        points,
        place: { ...BEACH, radius: 150 },
        schedule: { kind: 'always' },
        methods: ['qr-gps', 'steward', 'integration'],
      },
    });
    if (created.status !== 201) throw new Error(`no activity: ${JSON.stringify(created.body)}`);
    const { activityId } = created.body as { activityId: string };
    const published = await callJson(this.api(`/activities/${activityId}/publication`), {
      method: 'POST',
      token: admin.token,
    });
    if (published.status !== 200) throw new Error(`unpublished: ${JSON.stringify(published.body)}`);
    const codes = await callJson(this.api(`/activities/${activityId}/codes`), {
      token: admin.token,
    });
    return { activityId, code: codes.body.code };
  }

  /** A resident's check-in through the gateway, under `key` (a fresh one when not given). */
  checkIn(resident: Member, body: object, key: string = randomUUID()) {
    return callJson(this.api('/check-ins'), {
      token: resident.token,
      headers: { 'idempotency-key': key },
      body,
    });
  }

  /** The resident's balance, once the ledger has opened their account. */
  async balance(resident: Member): Promise<number | undefined> {
    const answer = await callJson(this.api('/me/balance'), { token: resident.token });
    return answer.status === 200 ? (answer.body.balance as number) : undefined;
  }

  /**
   * The resident's balance `settleMs` after it first reached `expected` (failing at once if it
   * passes it): a credit counted twice would show by then.
   */
  async settledBalance(resident: Member, expected: number, settleMs = 2_000) {
    await waitFor(`a balance of ${expected}`, async () => {
      const now = await this.balance(resident);
      if (now !== undefined && now > expected) {
        throw new Error(`the balance rose past ${expected} to ${now}`);
      }
      return now === expected ? true : undefined;
    });
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    return this.balance(resident);
  }
}

/**
 * `call` again until verification has heard of the tenant (TenantSettingsChanged) and the
 * activity (ActivityPublished): until it answers anything but 409 `unknown-tenant` or 422
 * `unknown-activity`. Such refusals store nothing, so the retry may reuse its Idempotency-Key.
 */
export function onceVerificationKnows<T extends { status: number; body: { code?: string } }>(
  call: () => Promise<T>,
): Promise<T> {
  return waitFor('verification to know the tenant and the activity', async () => {
    const answer = await call();
    const { status, body } = answer;
    const unknown =
      (status === 409 && body?.code === 'unknown-tenant') ||
      (status === 422 && body?.code === 'unknown-activity');
    return unknown ? undefined : answer;
  });
}
