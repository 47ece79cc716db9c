import { Schedule } from './schedule';
import { windowAt } from './window-at';

/**
 * Whether an activity with a valid `schedule` (assertSchedule) is open at `instant`, on the
 * tenant's clock in its IANA `timeZone`. Windows are half-open: open at the opening minute,
 * closed at the closing one. Local times the clock skips or repeats at a daylight-saving
 * change are read as RFC 5545 §3.3.5 reads them (see localInstant): a window that opens at a
 * skipped 01:30 opens at 02:30 summer time; one that closes at a repeated 02:30 closes the
 * first time the clock shows it. An exception replaces the windows that open on its date, so
 * a night walk that opened the evening before still runs past midnight into a closed date.
 * Throws on an unknown time zone.
 */
export function isOpenAt(schedule: Schedule, instant: Date, timeZone: string): boolean {
  return windowAt(schedule, instant, timeZone) !== undefined;
}
