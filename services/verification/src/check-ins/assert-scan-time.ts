import { ClaimRefusal } from './claim-refusal';

/** Phones' clocks drift: a scan up to this far ahead of ours is not in the future. */
export const CLOCK_SKEW_MS = 2 * 60_000;

/**
 * Refuses a claimed time of participation that cannot be judged: `scan-in-future` beyond
 * CLOCK_SKEW_MS ahead of `now`, `scan-too-old` when it arrives more than the tenant's
 * `lateCheckInHours` after it (an offline phone may send its check-in late, up to that delay;
 * issue 12). Throws ClaimRefusal naming `field`.
 */
export function assertScanTime(
  scannedAt: Date,
  now: Date,
  lateCheckInHours: number,
  field = 'scannedAt',
): void {
  if (scannedAt.getTime() - now.getTime() > CLOCK_SKEW_MS) {
    throw new ClaimRefusal('scan-in-future', `${field} is in the future`, field);
  }
  if (now.getTime() - scannedAt.getTime() > lateCheckInHours * 3_600_000) {
    throw new ClaimRefusal(
      'scan-too-old',
      `${field} is more than ${lateCheckInHours} hours ago: too late to check in`,
      field,
    );
  }
}
