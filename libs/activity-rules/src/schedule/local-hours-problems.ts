import { RuleProblem } from './rule-problem';
import { timeProblem } from './local-time-problem';

/**
 * What is wrong with the `open` and `close` of a window at `field`: each a local time
 * 'HH:mm' (`malformed-time`; close may be '24:00'), and not the same time (`empty-window`).
 * A close before the open is allowed: the window closes the next day, as a night walk does.
 */
export function localHoursProblems(hours: Record<string, unknown>, field: string): RuleProblem[] {
  const problems = [
    timeProblem(hours.open, `${field}.open`),
    timeProblem(hours.close, `${field}.close`, true),
  ].filter((problem) => problem !== undefined);
  if (problems.length > 0 || hours.open !== hours.close) return problems;
  return [
    {
      field: `${field}.close`,
      code: 'empty-window',
      message: `${field}.close must differ from ${field}.open (a close before the open is the next day)`,
    },
  ];
}
