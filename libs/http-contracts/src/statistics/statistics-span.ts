import { DomainError } from '@citypoints/contracts';
import { DateTime } from 'luxon';

/** Days counted by default: the 12 ISO weeks up to today (84 days, today included). */
export const DEFAULT_SPAN_DAYS = 84;
/** The longest span asked for: two years of weeks (742 days), so one answer stays small. */
export const MAX_SPAN_DAYS = 742;

/**
 * The days ('YYYY-MM-DD', both included) a statistics answer counts, by the convention of
 * rewards' partner statistics: `from` and `to` as asked (validated as calendar days by
 * StatisticsQueryDto), `to` defaulting to `today` (the day of now in the answer's time zone)
 * and `from` to DEFAULT_SPAN_DAYS days up to `to`. Throws DomainError 'invalid' (400) naming the
 * field: `statistics-span-reversed` (from after to) or `statistics-span-too-long` (more than
 * MAX_SPAN_DAYS days).
 */
export function statisticsSpan(
  asked: { from?: string; to?: string },
  today: string,
): { from: string; to: string } {
  const to = asked.to ?? today;
  const last = DateTime.fromISO(to, { zone: 'UTC' });
  const from = asked.from ?? last.minus({ days: DEFAULT_SPAN_DAYS - 1 }).toFormat('yyyy-MM-dd');
  const days = last.diff(DateTime.fromISO(from, { zone: 'UTC' }), 'days').days + 1;
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
