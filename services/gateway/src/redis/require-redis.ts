import { Problem } from '@citypoints/platform';
import { Logger } from '@nestjs/common';

const logger = new Logger('redis');

/**
 * Runs `operation` on the Redis that all replicas share; if Redis fails, 503 with Retry-After
 * (5 s). Rate limits, ended sessions and tickets hold only through Redis: without it the
 * gateway refuses rather than guesses. `what` names the operation in the log line.
 */
export async function requireRedis<T>(what: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof Problem) throw error;
    logger.error(`${what} failed: ${(error as Error).message}`);
    throw new Problem(503, 'the gateway cannot reach its shared state; try again soon', [], {
      'Retry-After': '5',
    });
  }
}
