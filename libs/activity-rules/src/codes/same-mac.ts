import { timingSafeEqual } from 'node:crypto';

/** Whether two MACs are equal, compared in constant time: timing tells a forger nothing. */
export function sameMac(expected: string, given: string): boolean {
  return (
    expected.length === given.length && timingSafeEqual(Buffer.from(expected), Buffer.from(given))
  );
}
