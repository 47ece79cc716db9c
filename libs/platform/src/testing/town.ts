import { ActivityMethod, Role } from '@citypoints/contracts';
import { randomUUID } from 'node:crypto';
import { callJson } from './call-json';
import { serviceAuthorization } from './internal-api';

/** The beach of Cascais, where the tests' and benchmarks' activities take place. */
export const BEACH = { latitude: 38.6979, longitude: -9.4229 };

/** The password of every member a Town makes. */
export const TOWN_PASSWORD = 'sand-castles-at-dawn-7';
const PASSWORD = TOWN_PASSWORD;

/** A person of a {@link Town}, signed in: their id, email and access token. */
export interface Member {
  userId: string;
  email: string;
  token: string;
}

/**
 * One tenant of a running cluster, made the way its people would make it: the platform
 * operator creates the tenant and its staff through identity's internal API at `identityUrl`
 * (with a service token), residents sign up and in through the gateway's public API at
 * `gatewayUrl`. Every step throws when a call answers other than it should.
 */
export class Town {
  constructor(
    readonly tenant: string,
    private readonly gatewayUrl: string,
    private readonly identityUrl: string,
  ) {}

  /** The URL of `path` (e.g. '/me/balance') in the gateway's public API. */
  api(path: string): string {
    return `${this.gatewayUrl}/api/v1${path}`;
  }

  /** The platform operator's step: the tenant, through identity's internal API (201). */
  async found(defaultLocale = 'pt', timeZone = 'Europe/Lisbon'): Promise<void> {
    await callJson(`${this.identityUrl}/tenants`, {
      headers: { authorization: await serviceAuthorization('identity') },
      body: { slug: this.tenant, name: `Town ${this.tenant}`, defaultLocale, timeZone },
      expected: 201,
    });
  }

  /**
   * A member of staff the platform operator added through identity (201), signed in; partner
   * staff act for `partnerId` (identity's rule: required for them, refused for the others).
   */
  async staff(
    role: Extract<Role, 'verifier' | 'tenant-admin' | 'partner-staff'>,
    partnerId?: string,
  ): Promise<Member> {
    const email = this.newEmail(role);
    await callJson(`${this.identityUrl}/tenants/${this.tenant}/people`, {
      headers: { authorization: await serviceAuthorization('identity') },
      body: { email, password: PASSWORD, displayName: `Staff ${role}`, role, partnerId },
      expected: 201,
    });
    return this.signIn(email);
  }

  /** A resident called `name` who signed up (201) and in through the gateway. */
  async resident(name: string): Promise<Member> {
    const email = this.newEmail(name);
    await callJson(this.api(`/tenants/${this.tenant}/sign-up`), {
      body: { email, password: PASSWORD, displayName: name },
      expected: 201,
    });
    return this.signIn(email);
  }

  /** A new session (200) of the town's person with `email`. */
  async signIn(email: string): Promise<Member> {
    const { body } = await callJson(this.api(`/tenants/${this.tenant}/sessions`), {
      body: { email, password: PASSWORD },
      expected: 200,
    });
    return { userId: body.userId, email, token: body.accessToken };
  }

  /**
   * An activity `admin` creates and publishes (201, 200): on the {@link BEACH}, open always, no
   * limits, verified by `methods` (QR + GPS, a steward or an integration unless given); its id
   * and the static code its posters print.
   */
  async publishActivity(
    admin: Member,
    points: number,
    title = 'Beach clean-up',
    methods: ActivityMethod[] = ['qr-gps', 'steward', 'integration'],
  ): Promise<{ activityId: string; code: string }> {
    const created = await callJson(this.api('/activities'), {
      token: admin.token,
      body: {
        titles: { en: title, pt: `${title} (pt)`, sv: `${title} (sv)` },
        category: 'environment',
        points,
        place: { ...BEACH, radius: 150 },
        schedule: { kind: 'always' },
        methods,
      },
      expected: 201,
    });
    const { activityId } = created.body as { activityId: string };
    const activity = this.api(`/activities/${activityId}`);
    await callJson(`${activity}/publication`, {
      method: 'POST',
      token: admin.token,
      expected: 200,
    });
    const codes = await callJson(`${activity}/codes`, { token: admin.token, expected: 200 });
    return { activityId, code: codes.body.code };
  }

  /** An address nobody in the town has yet, e.g. 'resident-7-1a2b3c4d@bench-town.example'. */
  private newEmail(name: string): string {
    const local = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    return `${local}-${randomUUID().slice(0, 8)}@${this.tenant}.example`;
  }
}
