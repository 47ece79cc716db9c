import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

const DECIMAL = /^[0-9]+$/;

/**
 * A whole number in a query string, from `min` to `max`: decimal digits only, so `1e3`, `0x10`,
 * `+5`, ` 5`, `5.0` and a repeated parameter (an array) are refused with a message naming the
 * field, before they reach SQL (an `int` column overflows above 2147483647).
 */
export function IsQueryInt(min: number, max: number): PropertyDecorator {
  const message = `$property must be a whole number from ${min} to ${max}`;
  const decorators = [
    Transform(({ value }) =>
      typeof value === 'string' && DECIMAL.test(value) ? Number(value) : value,
    ),
    IsInt({ message }),
    Min(min, { message }),
    Max(max, { message }),
  ];
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}
