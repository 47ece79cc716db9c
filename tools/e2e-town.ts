import {
  Cluster,
  ClusterOptions,
  ServiceName,
  SERVICES,
  startTestServices,
} from '@citypoints/cluster';
import { BEACH, callJson, Member, Town as TenantTown } from '@citypoints/platform/testing';
import { waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';

// A town of the end-to-end tests: the tenant and its people of @citypoints/platform/testing's
// Town, with the steps the tests take through the gateway's public API.

export type { Member } from '@citypoints/platform/testing';

/** A phone standing on the beach, with a good GPS fix. */
export const ON_THE_BEACH = { ...BEACH, accuracy: 12 };

/** Settings that e2e clusters give their gateway process: tests poll it far above any limit. */
export const UNLIMITED_GATEWAY = { RATE_LIMIT_PERSON: '1000000', RATE_LIMIT_IP: '1000000' };

/**
 * The whole system for an end-to-end test: every service of SERVICES as its own process
 * (startTestServices: this run's servers, a database each, free ports) under `prefix`, the
 * gateway's rate limits lifted; `options` over that (its `env` merged per service).
 */
export function startWholeSystem(
  prefix: string,
  options: Partial<ClusterOptions> = {},
): Promise<Cluster<ServiceName>> {
  const names = Object.keys(SERVICES) as ServiceName[];
  const env = { ...options.env, gateway: { ...UNLIMITED_GATEWAY, ...options.env?.gateway } };
  return startTestServices(names, { prefix, ...options, env });
}

/**
 * One tenant of a running cluster, seen by its people through the gateway: founding, staff,
 * residents and activities as in {@link TenantTown}, plus check-ins and balances.
 */
export class Town extends TenantTown {
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
