export interface RetryPolicy {
  attempts: number;
  initialDelayMs: number;
}

/** Runs `work` up to `attempts` times, doubling the pause after each failure. */
export async function withRetries<T>(
  work: () => Promise<T>,
  policy: RetryPolicy,
  beforeRetry: () => Promise<void> = async () => undefined,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= policy.attempts) throw error;
      await new Promise((resolve) =>
        setTimeout(resolve, policy.initialDelayMs * 2 ** (attempt - 1)),
      );
      await beforeRetry();
    }
  }
}
