import { isRecord } from './is-record';
import { localHoursProblems } from './local-hours-problems';
import { dateProblem } from './local-time-problem';
import { RuleProblem } from './rule-problem';
import { MAX_EXCEPTIONS } from './schedule';

/**
 * What is wrong with a schedule's exceptions at `field`: absent, or a list of at most
 * MAX_EXCEPTIONS (`too-many-entries`) of `{ date, closed: true }` or `{ date, open, close }`
 * (`malformed-schedule`), dates 'YYYY-MM-DD' (`malformed-time`), hours as localHoursProblems
 * wants them, and at most one exception a date (`duplicate-exception`): two would contradict.
 */
export function exceptionsProblems(exceptions: unknown, field: string): RuleProblem[] {
  if (exceptions === undefined) return [];
  if (!Array.isArray(exceptions)) {
    return [{ field, code: 'malformed-schedule', message: `${field} must be a list` }];
  }
  if (exceptions.length > MAX_EXCEPTIONS) {
    const message = `${field} must have at most ${MAX_EXCEPTIONS} entries`;
    return [{ field, code: 'too-many-entries', message }];
  }
  const problems = exceptions.flatMap((entry, i) => exceptionProblems(entry, `${field}.${i}`));
  return problems.length > 0 ? problems : duplicateProblems(exceptions, field);
}

function exceptionProblems(exception: unknown, field: string): RuleProblem[] {
  if (!isRecord(exception)) {
    return [{ field, code: 'malformed-schedule', message: `${field} must be an object` }];
  }
  const date = dateProblem(exception.date, `${field}.date`);
  const dateProblems = date ? [date] : [];
  if (exception.closed === undefined) {
    return [...dateProblems, ...localHoursProblems(exception, field)];
  }
  if (exception.closed === true && exception.open === undefined && exception.close === undefined) {
    return dateProblems;
  }
  const message = `${field} must be either { date, closed: true } or { date, open, close }`;
  return [...dateProblems, { field, code: 'malformed-schedule', message }];
}

function duplicateProblems(exceptions: { date: string }[], field: string): RuleProblem[] {
  const index = exceptions.findIndex((exception, i) =>
    exceptions.slice(0, i).some((earlier) => earlier.date === exception.date),
  );
  if (index < 0) return [];
  const at = `${field}.${index}.date`;
  return [{ field: at, code: 'duplicate-exception', message: `${at} already has an exception` }];
}
