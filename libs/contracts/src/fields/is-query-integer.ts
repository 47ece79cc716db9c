import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';

// Digits only: no sign, exponent, hex, blank or fraction that Number() would quietly accept.
const DECIMAL_DIGITS = /^[0-9]{1,16}$/;

function inRange(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min && value <= max;
}

/**
 * A query parameter holding a whole number from `min` to `max`, written in decimal digits and
 * given once: `1e3`, `0x10`, `+5`, ` 5`, `5.0` and a repeated parameter (which arrives as a
 * list) are refused with a 400 naming the field, never converted into something else, before
 * they reach SQL (an `int` column overflows above 2147483647).
 */
export function IsQueryInteger(min: number, max: number): PropertyDecorator {
  const transform = Transform(({ value }) =>
    typeof value === 'string' && DECIMAL_DIGITS.test(value) ? Number(value) : value,
  );
  const validate = ValidateBy({
    name: 'isQueryInteger',
    validator: {
      validate: (value) => inRange(value, min, max),
      defaultMessage: (args) => `${args?.property} must be a whole number from ${min} to ${max}`,
    },
  });
  return (target, property) => {
    transform(target, property);
    validate(target, property);
  };
}
