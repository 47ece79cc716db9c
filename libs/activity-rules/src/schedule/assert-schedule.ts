import { DomainError } from '@citypoints/contracts';
import { Schedule } from './schedule';
import { scheduleProblems } from './schedule-problems';

/**
 * Passes when `value` is a Schedule; otherwise throws a DomainError of kind 'invalid' with the
 * code, message and field path (`schedule.end`) of the first of its scheduleProblems.
 */
export function assertSchedule(value: unknown, field = 'schedule'): asserts value is Schedule {
  const [problem] = scheduleProblems(value, field);
  if (problem) throw new DomainError('invalid', problem.code, problem.message, problem.field);
}
