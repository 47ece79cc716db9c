import { DateTime } from 'luxon';
import { localInstant } from './local-instant';
import { LocalHours, Schedule } from './schedule';

const WHOLE_DAY: LocalHours = { open: '00:00', close: '24:00' };

/** The window of a schedule that an instant falls in, by its occurrence id (see occurrenceOf). */
export interface OpenWindow {
  occurrence?: string;
}

/**
 * The window of a valid `schedule` (assertSchedule) that holds `instant`, or undefined when
 * the activity is closed then, on the tenant's clock in the IANA `timeZone`. Every day, a
 * schedule opens windows: weekly ones its hours of that weekday, the others the whole day
 * (an event's cut to its start and end); an exception replaces that date's windows. A window
 * opens and closes at localInstant of its local times. Throws on an unknown time zone.
 */
export function windowAt(
  schedule: Schedule,
  instant: Date,
  timeZone: string,
): OpenWindow | undefined {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  if (!local.isValid) throw new Error(`unknown time zone "${timeZone}"`);
  const at = instant.getTime();
  // No window lasts over a day, so the one holding the instant opened on its local date or the
  // day before; where an exception makes two overlap, the one already running keeps it.
  for (const day of [local.minus({ days: 1 }), local]) {
    const date = day.toISODate();
    for (const hours of hoursOpeningOn(schedule, day)) {
      const [opens, closes] = bounds(schedule, day, hours, timeZone);
      if (opens <= at && at < closes) return { occurrence: occurrenceId(schedule, date, hours) };
    }
  }
  return undefined;
}

function hoursOpeningOn(schedule: Schedule, day: DateTime<true>): LocalHours[] {
  const exception = schedule.exceptions?.find((candidate) => candidate.date === day.toISODate());
  if (exception) return 'closed' in exception ? [] : [exception];
  if (schedule.kind !== 'weekly') return [WHOLE_DAY];
  return schedule.hours.filter((hours) => hours.day === day.weekday);
}

function bounds(
  schedule: Schedule,
  day: DateTime<true>,
  hours: LocalHours,
  timeZone: string,
): number[] {
  const closeDay = hours.close <= hours.open ? day.plus({ days: 1 }) : day;
  const opens = localInstant(`${day.toISODate()}T${hours.open}`, timeZone);
  const closes = localInstant(`${closeDay.toISODate()}T${hours.close}`, timeZone);
  if (schedule.kind !== 'event') return [opens, closes];
  return [
    Math.max(opens, localInstant(schedule.start, timeZone)),
    Math.min(closes, localInstant(schedule.end, timeZone)),
  ];
}

function occurrenceId(schedule: Schedule, date: string, hours: LocalHours): string | undefined {
  if (schedule.kind === 'event') return schedule.start;
  return schedule.kind === 'weekly' ? `${date}T${hours.open}` : undefined;
}
