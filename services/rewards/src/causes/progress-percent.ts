/**
 * The whole percent (0 to 100) of `target` points that `donatedPoints` reach, rounded down so
 * that a cause shows 100 only once it is reached; more than the target still shows 100 (the
 * real total is kept and answered beside it). Undefined for a cause without a target.
 */
export function progressPercent(donatedPoints: number, target?: number): number | undefined {
  if (target === undefined) return undefined;
  return Math.min(100, Math.floor((donatedPoints * 100) / target));
}
