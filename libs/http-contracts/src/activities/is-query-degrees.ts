import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';

// A decimal number as people write coordinates: an optional minus, digits, an optional
// fraction. No exponent, hex, plus sign, blank, NaN or Infinity that Number() would accept.
const DECIMAL = /^-?[0-9]{1,3}(?:\.[0-9]{1,15})?$/;

/**
 * A query parameter holding a WGS84 coordinate in decimal degrees from `-limit` to `limit`
 * (90 for a latitude, 180 for a longitude), given once: `NaN`, `1e1`, `0x10`, `+5`, a blank and
 * a repeated parameter are refused with a 400 naming the field, never converted.
 */
export function IsQueryDegrees(limit: 90 | 180): PropertyDecorator {
  const transform = Transform(({ value }) =>
    typeof value === 'string' && DECIMAL.test(value) ? Number(value) : value,
  );
  const validate = ValidateBy({
    name: 'isQueryDegrees',
    validator: {
      validate: (value) =>
        typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= limit,
      defaultMessage: (args) =>
        `${args?.property} must be a number of degrees from -${limit} to ${limit}`,
    },
  });
  return (target, property) => {
    transform(target, property);
    validate(target, property);
  };
}
