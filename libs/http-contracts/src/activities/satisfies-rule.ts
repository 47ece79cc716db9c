import { RuleProblem } from '@citypoints/activity-rules';
import { ValidateBy, ValidationOptions } from 'class-validator';

/**
 * A DTO field checked by one of `@citypoints/activity-rules`' problem functions
 * (scheduleProblems, limitsProblems), so that a request is judged by the same rule as the
 * services apply. Refused with every problem's message, each naming its path under the field
 * (`schedule.end must be after schedule.start`); the 400 names the field itself.
 */
export function SatisfiesRule(
  problems: (value: unknown, field: string) => RuleProblem[],
  options?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'satisfiesRule',
      validator: {
        validate: (value, args) => problems(value, args?.property ?? '').length === 0,
        defaultMessage: (args) =>
          problems(args?.value, args?.property ?? '')
            .map((problem) => problem.message)
            .join('; '),
      },
    },
    options,
  );
}
