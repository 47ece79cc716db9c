import { Transform } from 'class-transformer';
import { ValidateBy, ValidationOptions } from 'class-validator';
import { HumanTextLimits, humanTextProblem, normalizeHumanText } from './human-text';

/**
 * A DTO field of human text (see humanTextProblem): normalised before validation, and refused
 * with a message naming the field when it holds control or invisible-only characters or is too
 * short or long. Use it on every field that people write and others read.
 */
export function IsHumanText(
  limits: HumanTextLimits,
  options?: ValidationOptions,
): PropertyDecorator {
  const transform = Transform(({ value }) =>
    typeof value === 'string' ? normalizeHumanText(value) : value,
  );
  const validate = ValidateBy(
    {
      name: 'isHumanText',
      validator: {
        validate: (value, args) =>
          humanTextProblem(value, args?.property ?? '', limits) === undefined,
        defaultMessage: (args) => humanTextProblem(args?.value, args?.property ?? '', limits) ?? '',
      },
    },
    options,
  );
  return (target, property) => {
    transform(target, property);
    validate(target, property);
  };
}
