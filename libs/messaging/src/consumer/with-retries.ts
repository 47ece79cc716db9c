import { DomainError } from '@citypoints/contracts';
import { setTimeout as sleep } from 'node:timers/promises';
import { isTransientFailure } from './is-transient-failure';

export interface RetryPolicy {
  /** Attempts in all before a permanent failure is given up; transient ones never are. */
  attempts: number;
  /** The first pause, in milliseconds; it doubles after each failure. */
  initialDelayMs: number;
  /** The longest pause, in milliseconds; default 5,000. */
  maxDelayMs?: number;
}

export interface RetryHooks {
  /** Called after each pause, before the next attempt (a consumer's heartbeat). */
  beforeRetry?: () => Promise<void>;
  /** Called with each transient failure, before its pause. */
  onTransientFailure?: (error: unknown) => void;
  /** Aborting it ends a pause at once, which then throws the signal's reason. */
  signal?: AbortSignal;
}

/**
 * Runs `work` until it succeeds, pausing between attempts `initialDelayMs` doubled after each
 * failure up to `maxDelayMs`. A transient failure (see isTransientFailure: the database
 * unreachable, a serialization failure...) is retried for as long as it takes; a DomainError
 * (the domain judged the input and refused it: a staff account credited, a schedule that ends
 * before it starts) is thrown at once, since it would refuse again; any other failure is tried
 * at most `attempts` times in all, and then thrown.
 */
export async function withRetries<T>(
  work: () => Promise<T>,
  policy: RetryPolicy,
  hooks: RetryHooks = {},
): Promise<T> {
  let permanentFailures = 0;
  for (let attempt = 0; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (error instanceof DomainError) throw error;
      const transient = isTransientFailure(error);
      if (!transient && ++permanentFailures >= policy.attempts) throw error;
      if (transient) hooks.onTransientFailure?.(error);
      await pause(retryPauseMs(policy, attempt), hooks.signal);
      await hooks.beforeRetry?.();
    }
  }
}

/** Waits `ms`, or less when `signal` is aborted, and then throws the signal's reason. */
async function pause(ms: number, signal?: AbortSignal): Promise<void> {
  await sleep(ms, undefined, { signal }).catch(() => undefined);
  signal?.throwIfAborted();
}

/**
 * The pause (ms) after the failed attempt numbered `attempt` (0 for the first): `initialDelayMs`
 * doubled after each failure, at most `maxDelayMs` (default 5,000).
 */
export function retryPauseMs(
  { initialDelayMs, maxDelayMs = 5_000 }: RetryPolicy,
  attempt: number,
): number {
  return Math.min(maxDelayMs, initialDelayMs * 2 ** Math.min(attempt, 30));
}
