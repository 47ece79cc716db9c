/** A leaderboard period that ends: an ISO week, a month or a year. */
export type ClosingPeriodKind = 'week' | 'month' | 'year';

/**
 * The id of the period before the one that started at `startsAt` (ISO 8601), in the town's
 * `timeZone` (IANA): `2026-W48` (ISO 8601 week-numbering year and week), `2026-11` or `2026`,
 * as the public API names past periods (GET /leaderboards/past?period=…).
 */
export function previousPeriodId(
  kind: ClosingPeriodKind,
  startsAt: string,
  timeZone: string,
): string {
  const before = new Date(Date.parse(startsAt) - 1);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(before);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const [year, month, day] = [part('year'), part('month'), part('day')];
  if (kind === 'year') return String(year);
  if (kind === 'month') return `${year}-${String(month).padStart(2, '0')}`;
  // The week's Thursday decides its year (ISO 8601).
  const date = new Date(Date.UTC(year, month - 1, day));
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7) + 3);
  const weekYear = date.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(weekYear, 0, 4));
  firstThursday.setUTCDate(firstThursday.getUTCDate() - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((date.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}
