import { isRecord } from './is-record';
import { localHoursProblems } from './local-hours-problems';
import { RuleProblem } from './rule-problem';
import { MAX_WEEKLY_HOURS, WeeklyHours } from './schedule';

const DAY = 24 * 60;
const WEEK = 7 * DAY;

/**
 * What is wrong with weekly opening hours at `field`: a list of at most MAX_WEEKLY_HOURS
 * (`too-many-entries`) of `{ day, open, close }`, day an ISO weekday 1–7 (`unknown-day`),
 * times as localHoursProblems wants them, and no two windows overlapping, across midnight and
 * from Sunday into Monday too (`overlapping-hours`): an instant in two windows would belong to
 * two occurrences, and the once-per-occurrence limit would count it twice.
 */
export function weeklyHoursProblems(hours: unknown, field: string): RuleProblem[] {
  if (!Array.isArray(hours)) {
    return [{ field, code: 'malformed-schedule', message: `${field} must be a list` }];
  }
  if (hours.length > MAX_WEEKLY_HOURS) {
    const message = `${field} must have at most ${MAX_WEEKLY_HOURS} entries`;
    return [{ field, code: 'too-many-entries', message }];
  }
  const problems = hours.flatMap((entry, index) => entryProblems(entry, `${field}.${index}`));
  return problems.length > 0 ? problems : overlapProblems(hours, field);
}

function entryProblems(entry: unknown, field: string): RuleProblem[] {
  if (!isRecord(entry)) {
    return [{ field, code: 'malformed-schedule', message: `${field} must be an object` }];
  }
  const day = Number.isInteger(entry.day) && Number(entry.day) >= 1 && Number(entry.day) <= 7;
  const dayProblem = {
    field: `${field}.day`,
    code: 'unknown-day',
    message: `${field}.day must be an ISO weekday from 1 (Monday) to 7 (Sunday)`,
  };
  return [...(day ? [] : [dayProblem]), ...localHoursProblems(entry, field)];
}

// Each window as minutes since Monday 00:00. Sorted by opening, a window overlaps another
// only if it overlaps the next one; the last one's next is the first one, a week later.
function overlapProblems(hours: WeeklyHours[], field: string): RuleProblem[] {
  const spans = hours
    .map((entry, index) => ({ index, ...weekSpan(entry) }))
    .sort((a, b) => a.start - b.start);
  const overlapped = spans.find((span, i) => {
    const next = spans[i + 1] ?? { ...spans[0], start: spans[0].start + WEEK };
    return next.start < span.end;
  });
  if (!overlapped) return [];
  const at = `${field}.${overlapped.index}`;
  return [{ field: at, code: 'overlapping-hours', message: `${at} overlaps another window` }];
}

function weekSpan({ day, open, close }: WeeklyHours): { start: number; end: number } {
  const start = (day - 1) * DAY + minutes(open);
  const length = (minutes(close) - minutes(open) + DAY) % DAY || DAY;
  return { start, end: start + length };
}

function minutes(time: string): number {
  const [hours, mins] = time.split(':').map(Number);
  return hours * 60 + mins;
}
