import { limitsProblems, RuleProblem } from '@citypoints/activity-rules';
import { FieldShape, undeclaredFields } from './undeclared-fields';

// The fields activity-rules' ActivityLimits declares.
const SHAPE: FieldShape = {
  oncePerOccurrence: true,
  perPeriod: { count: true, period: true },
  cooldownMinutes: true,
};

/**
 * Every reason why `value` is not ActivityLimits as a request may state them: activity-rules'
 * limitsProblems and the fields they do not declare (`unknown-field`).
 */
export function limitsFieldProblems(value: unknown, field: string): RuleProblem[] {
  return [...limitsProblems(value, field), ...undeclaredFields(value, SHAPE, field)];
}
