import { Caller } from './caller';

/** A person whose sessions ended: their tokens of a generation below `generation` are void. */
export interface EndedSession {
  tenant: string;
  userId: string;
  generation: number;
}

/** Whose sessions a route ends (GatewayRoute.endsSessions). */
export type SessionsEndedBy = 'caller' | 'answer';

/**
 * Whose sessions a successful call ended, for SessionGenerations.raise: with `caller`, the
 * signed-in caller's, one generation past their token's (identity raises it by one); with
 * `answer`, the person identity's answer names as `{ userId, generation }` (a password reset,
 * where nobody is signed in). Undefined when there is nobody to name: then identity's
 * SessionsRevoked, read by every replica, ends the old tokens a moment later.
 */
export function endedSession(
  by: SessionsEndedBy,
  tenant: string,
  caller: Caller | undefined,
  answer: Buffer,
): EndedSession | undefined {
  if (by === 'caller') {
    return caller && { tenant, userId: caller.userId, generation: caller.generation + 1 };
  }
  let named: unknown;
  try {
    named = JSON.parse(answer.toString('utf8'));
  } catch {
    return undefined;
  }
  const { userId, generation } = (named ?? {}) as Record<string, unknown>;
  return typeof userId === 'string' && Number.isSafeInteger(generation)
    ? { tenant, userId, generation: generation as number }
    : undefined;
}
