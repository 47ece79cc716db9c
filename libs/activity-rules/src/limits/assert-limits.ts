import { DomainError } from '@citypoints/contracts';
import { ActivityLimits } from './activity-limits';
import { limitsProblems } from './limits-problems';

/**
 * Passes when `value` is ActivityLimits; otherwise throws a DomainError of kind 'invalid' with
 * the code, message and field path (`limits.perPeriod.count`) of the first limitsProblems.
 */
export function assertLimits(value: unknown, field = 'limits'): asserts value is ActivityLimits {
  const [problem] = limitsProblems(value, field);
  if (problem) throw new DomainError('invalid', problem.code, problem.message, problem.field);
}
