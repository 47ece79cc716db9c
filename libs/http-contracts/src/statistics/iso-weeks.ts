import { DateTime } from 'luxon';

/**
 * Every ISO 8601 week ('2026-W48', Monday to Sunday) that the days `from` to `to`
 * ('YYYY-MM-DD', both included, from not after to) touch, in order: a span starting on a
 * Sunday begins with that Sunday's week. Week years follow ISO 8601 (2026-12-31 is in 2026-W53,
 * 2027-01-01 too).
 */
export function isoWeeks(from: string, to: string): string[] {
  const last = DateTime.fromISO(to, { zone: 'UTC' });
  const weeks: string[] = [];
  for (let day = DateTime.fromISO(from, { zone: 'UTC' }).startOf('week'); day <= last;) {
    weeks.push(day.toFormat("kkkk-'W'WW"));
    day = day.plus({ weeks: 1 });
  }
  return weeks;
}
