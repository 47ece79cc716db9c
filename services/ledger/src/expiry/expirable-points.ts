import { DateTime } from 'luxon';

/**
 * The start of the tenant's local day `months` before the local date of `now`, in its IANA
 * `timeZone`: points credited before it have expired. A day the earlier month lacks (31 March
 * less one month) becomes that month's last day; a local midnight that a clock change skips
 * becomes the day's first moment (Luxon's rules). Throws on an unknown time zone.
 */
export function expiryCutoff(now: Date, months: number, timeZone: string): DateTime<true> {
  const local = DateTime.fromJSDate(now, { zone: timeZone });
  if (!local.isValid) throw new Error(`unknown time zone "${timeZone}"`);
  return local.minus({ months }).startOf('day');
}

/**
 * Points leave an account oldest first, so what was credited before the cutoff and not yet
 * taken by any debit (spends, gifts, earlier expiries) is what expires now.
 */
export function expirablePoints(creditedBeforeCutoff: number, debitedEver: number): number {
  return Math.max(0, creditedBeforeCutoff - debitedEver);
}
