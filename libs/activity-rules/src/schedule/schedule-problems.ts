import { exceptionsProblems } from './exceptions-problems';
import { isRecord } from './is-record';
import { dateTimeProblem } from './local-time-problem';
import { RuleProblem } from './rule-problem';
import { weeklyHoursProblems } from './weekly-hours-problems';

/**
 * Every reason why `value` (JSON as received) is not a Schedule, each naming its field under
 * `field` (`schedule.end`, `schedule.hours.2.day`) with a stable code, or [] when it is one:
 * `malformed-schedule` (shape, kind), `malformed-time` (a time, date or date-time that is
 * not written as 'HH:mm', 'YYYY-MM-DD', 'YYYY-MM-DDTHH:mm' or does not exist on the calendar),
 * `end-not-after-start` (an event), `empty-window`, `unknown-day`, `overlapping-hours`,
 * `too-many-entries`, `duplicate-exception`. Needs no time zone: an event's end is compared
 * with its start on the local wall clock. Fields the type does not declare are left to the DTO.
 */
export function scheduleProblems(value: unknown, field = 'schedule'): RuleProblem[] {
  if (!isRecord(value)) {
    return [{ field, code: 'malformed-schedule', message: `${field} must be an object` }];
  }
  return [
    ...kindProblems(value, field),
    ...exceptionsProblems(value.exceptions, `${field}.exceptions`),
  ];
}

function kindProblems(schedule: Record<string, unknown>, field: string): RuleProblem[] {
  switch (schedule.kind) {
    case 'always':
      return [];
    case 'event':
      return eventProblems(schedule, field);
    case 'weekly':
      return weeklyHoursProblems(schedule.hours, `${field}.hours`);
    default: {
      const message = `${field}.kind must be one of always, event, weekly`;
      return [{ field: `${field}.kind`, code: 'malformed-schedule', message }];
    }
  }
}

function eventProblems(event: Record<string, unknown>, field: string): RuleProblem[] {
  const problems = [
    dateTimeProblem(event.start, `${field}.start`),
    dateTimeProblem(event.end, `${field}.end`),
  ].filter((problem) => problem !== undefined);
  // Both are 'YYYY-MM-DDTHH:mm' now, whose text sorts as the time does.
  if (problems.length > 0 || String(event.end) > String(event.start)) return problems;
  const message = `${field}.end must be after ${field}.start`;
  return [{ field: `${field}.end`, code: 'end-not-after-start', message }];
}
