import { DateTime } from 'luxon';

/** The local date `days` after `now` (ms) in `timeZone`, 'YYYY-MM-DD'. */
export function localDate(now: number, days: number, timeZone: string): string {
  return DateTime.fromMillis(now, { zone: timeZone }).plus({ days }).toISODate() ?? '';
}
