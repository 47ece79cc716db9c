import { ConfigError } from './load-config';

/**
 * Retries `ping` until it answers or `deadline` passes, then fails start-up with a message
 * naming the setting, instead of a stack trace from deep inside a driver.
 */
export async function waitUntilReachable(
  deadline: number,
  setting: string,
  target: string,
  ping: () => Promise<void>,
): Promise<void> {
  for (;;) {
    try {
      return await ping();
    } catch (error) {
      if (Date.now() >= deadline) {
        throw new ConfigError(`cannot reach ${setting} (${target}): ${(error as Error).message}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
