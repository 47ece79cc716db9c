import { MAX_POINTS } from '@citypoints/contracts';

/**
 * The movements that take `balance` points out of an account, none above one movement's cap
 * (MAX_POINTS): 2,500,000 → [1,000,000, 1,000,000, 500,000]; nothing for 0.
 */
export function forfeitChunks(balance: number): number[] {
  const chunks: number[] = [];
  for (let left = balance; left > 0; left -= MAX_POINTS) chunks.push(Math.min(left, MAX_POINTS));
  return chunks;
}
