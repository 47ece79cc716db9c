import { ValidateBy, ValidationOptions } from 'class-validator';
import { PointsSign, pointsProblem } from './points';

/**
 * A DTO or event field holding points (see pointsProblem): a whole number up to MAX_POINTS,
 * positive unless `sign` is 'signed'; refused with a message naming the field. `options`
 * may word the refusal otherwise (events keep their own words, see EVENT_POINTS).
 */
export function IsPoints(
  sign: PointsSign = 'positive',
  options?: ValidationOptions,
): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isPoints',
      validator: {
        validate: (value, args) => pointsProblem(value, args?.property ?? '', sign) === undefined,
        defaultMessage: (args) => pointsProblem(args?.value, args?.property ?? '', sign) ?? '',
      },
    },
    options,
  );
}
