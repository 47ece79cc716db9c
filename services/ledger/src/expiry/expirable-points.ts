/**
 * The start (UTC) of the day `months` before `now`: points credited before it have expired.
 * A day the earlier month lacks (31 March less one month) becomes that month's last day.
 */
export function expiryCutoff(now: Date, months: number): Date {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(now.getUTCDate(), lastDay)));
}

/**
 * Points leave an account oldest first, so what was credited before the cutoff and not yet
 * taken by any debit (spends, gifts, earlier expiries) is what expires now.
 */
export function expirablePoints(creditedBeforeCutoff: number, debitedEver: number): number {
  return Math.max(0, creditedBeforeCutoff - debitedEver);
}
