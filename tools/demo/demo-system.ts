import { v5 as uuidv5 } from 'uuid';
import { callerAt, Caller } from './caller';

/** Where the demo reaches the system, and how it calls a service's internal API as a tool. */
export interface DemoSystem {
  gateway: string;
  identity: string;
  asService: (service: string) => Promise<Record<string, string>>;
}

/** An answer of the API: its status and its JSON body. */
export interface Answer {
  status: number;
  // The caller knows the shape of the route's answer.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** A caller of the gateway's public API as one signed-in person: GET, or POST with a body. */
export type DemoApi = (
  path: string,
  body?: object,
  method?: string,
  headers?: Record<string, string>,
) => Promise<Answer>;

/** An account of the demo that people sign in with. */
export interface DemoAccount {
  email: string;
  password: string;
  displayName: string;
}

// Deterministic ids for the demo's own commands, so that a second start repeats, not adds.
const DEMO_NAMESPACE = '5f0c7a52-6b3e-4d1c-9a57-0e6d2b8c4f11';

/** A command id of the demo's own, the same on every start: `name` as a UUIDv5. */
export function demoCommandId(name: string): string {
  return uuidv5(name, DEMO_NAMESPACE);
}

/** Fails the start with what the API answered unless it is `expected`. */
export function check(answer: Answer, expected: number[], what: string) {
  if (!expected.includes(answer.status)) {
    throw new Error(`demo ${what}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body as Record<string, unknown>;
}

/**
 * Signs `account` in at the gateway of `system` (from `caller`, the person's own client
 * address) and answers a DemoApi with its token, and its user id.
 */
export async function signIn(
  tenant: string,
  system: DemoSystem,
  account: { email: string; password: string },
  caller: Caller = callerAt(system.gateway),
): Promise<{ api: DemoApi; userId: string }> {
  const session = check(
    await caller(`/api/v1/tenants/${tenant}/sessions`, {
      body: { email: account.email, password: account.password },
    }),
    [200],
    `sign-in of ${account.email}`,
  );
  const token = session.accessToken as string;
  const api: DemoApi = (path, body, method, headers) =>
    caller(`/api/v1${path}`, { token, body, method, headers });
  return { api, userId: session.userId as string };
}

/**
 * `call` again, every 300 ms for up to `seconds`, while its answer's `code` is one of
 * `early`: a refusal because an event has not yet arrived where it is needed (a tenant, an
 * activity or a setting verification has not heard of, points the ledger has not credited),
 * which changes nothing.
 */
export async function untilKnown(
  call: () => Promise<Answer>,
  early: string[],
  seconds = 30,
): Promise<Answer> {
  for (let attempt = 0; ; attempt++) {
    const answer = await call();
    const code = (answer.body as { code?: string } | undefined)?.code;
    if (!code || !early.includes(code) || attempt >= (seconds * 10) / 3) return answer;
    await pause(300);
  }
}

/** Waits `ms` milliseconds. */
export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
