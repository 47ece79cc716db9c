import { RuleProblem, Schedule, scheduleProblems } from '@citypoints/activity-rules';
import { FieldShape, undeclaredFields } from './undeclared-fields';

const EXCEPTIONS: [FieldShape] = [{ date: true, closed: true, open: true, close: true }];

// The fields each kind of activity-rules' Schedule declares.
const SHAPES: Record<Schedule['kind'], FieldShape> = {
  always: { kind: true, exceptions: EXCEPTIONS },
  event: { kind: true, start: true, end: true, exceptions: EXCEPTIONS },
  weekly: { kind: true, hours: [{ day: true, open: true, close: true }], exceptions: EXCEPTIONS },
};

/**
 * Every reason why `value` is not a Schedule as a request may state it: activity-rules'
 * scheduleProblems, and then the fields its kind does not declare (`unknown-field`).
 */
export function scheduleFieldProblems(value: unknown, field: string): RuleProblem[] {
  const problems = scheduleProblems(value, field);
  if (problems.length > 0) return problems;
  return undeclaredFields(value, SHAPES[(value as Schedule).kind], field);
}
