import { DomainError } from '@citypoints/contracts';

/** Days counted by default: the 12 ISO weeks up to today (84 days, today included). */
export const DEFAULT_SPAN_DAYS = 84;
/** The longest span asked for: two years of weeks (742 days), so one answer stays small. */
export const MAX_SPAN_DAYS = 742;

const DAY_MS = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The days (UTC, 'YYYY-MM-DD', both included) whose vouchers partner statistics count: `from`
 * and `to` as asked (validated as calendar days by PartnerStatisticsQueryDto), `to` defaulting
 * to the day of `now` and `from` to DEFAULT_SPAN_DAYS days up to `to`. Throws DomainError
 * 'invalid' (400) naming the field: `statistics-span-reversed` (from after to) or
 * `statistics-span-too-long` (more than MAX_SPAN_DAYS days).
 */
export function statisticsSpan(
  asked: { from?: string; to?: string },
  now: Date,
): { from: string; to: string } {
  const to = asked.to ?? dayOf(now.getTime());
  const toMs = Date.parse(`${to}T00:00:00Z`);
  const from = asked.from ?? dayOf(toMs - (DEFAULT_SPAN_DAYS - 1) * DAY_MS);
  const days = (toMs - Date.parse(`${from}T00:00:00Z`)) / DAY_MS + 1;
  if (days < 1) {
    const detail = `from (${from}) must not be after to (${to})`;
    throw new DomainError('invalid', 'statistics-span-reversed', detail, 'from');
  }
  if (days > MAX_SPAN_DAYS) {
    const detail = `from ${from} to ${to} is ${days} days; at most ${MAX_SPAN_DAYS} are counted at once`;
    throw new DomainError('invalid', 'statistics-span-too-long', detail, 'from');
  }
  return { from, to };
}
