/** What becomes of a redemption the ledger has not answered in time. */
export type TimeoutStep = 'ask-again' | 'fail';

/**
 * A pending redemption asked `asks` times without an answer is asked again while fewer than
 * `maxAsks` asks went out, and failed after. Asking again is safe: the ledger debits a
 * redemption id at most once (its movement id is `spend:<redemptionId>`).
 */
export function decideTimeout(asks: number, maxAsks: number): TimeoutStep {
  return asks < maxAsks ? 'ask-again' : 'fail';
}
