import { setTimeout as sleep } from 'node:timers/promises';

export interface WaitOptions {
  timeoutMs: number;
  /** Checked between attempts, so a server that died fails at once instead of at the timeout. */
  giveUpReason?: () => string | undefined;
}

/** Polls `probe` until it answers true; a probe that throws counts as "not yet". */
export async function waitUntil(
  probe: () => Promise<boolean>,
  { timeoutMs, giveUpReason }: WaitOptions,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      if (await probe()) return;
    } catch (error) {
      lastError = error;
    }
    const reason = giveUpReason?.();
    if (reason) throw new Error(reason);
    if (Date.now() > deadline) {
      const detail = lastError instanceof Error ? ` (last error: ${lastError.message})` : '';
      throw new Error(`not ready after ${timeoutMs / 1000} s${detail}`);
    }
    await sleep(100);
  }
}
