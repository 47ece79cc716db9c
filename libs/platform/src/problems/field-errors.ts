import { FieldError } from '@citypoints/contracts';
import { ValidationError } from 'class-validator';
import { Problem } from './problem';

/**
 * class-validator's errors as one FieldError per broken constraint, each named by its path
 * (`items.0.points`); a field the DTO does not declare is "not a known field".
 */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([constraint, message]) => ({
      field,
      message: constraint === 'whitelistValidation' ? notKnown(field) : message,
    }));
    return [...own, ...fieldErrors(error.children ?? [], field)];
  });
}

/** The message for a field the DTO does not declare (forbidNonWhitelisted). */
export function notKnown(field: string): string {
  return `${field} is not a known field`;
}

/** The 400 for refused fields: each named in `errors`, all of them in `detail`. */
export function invalidFields(errors: FieldError[]): Problem {
  return new Problem(400, errors.map((error) => error.message).join('; '), errors);
}
