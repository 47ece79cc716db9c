import { Schedule } from './schedule';
import { windowAt } from './window-at';

/**
 * The stable id of the occurrence of a valid `schedule` (assertSchedule) that `instant` falls
 * in, on the tenant's clock in its IANA `timeZone`, for the once-per-occurrence limit: an
 * event's local start ('2027-03-28T00:30') for all of it; for weekly hours the local date and
 * time the window opened ('2027-03-28T22:00', also after midnight and when an exception set
 * the hours); undefined when the activity is closed then, and always for an 'always'
 * schedule, which has no occurrences. Windows are those of isOpenAt. Throws on an unknown
 * time zone.
 */
export function occurrenceOf(
  schedule: Schedule,
  instant: Date,
  timeZone: string,
): string | undefined {
  return windowAt(schedule, instant, timeZone)?.occurrence;
}
