import { humanTextProblem } from '@citypoints/contracts';
import { ValidateBy } from 'class-validator';

export const MAX_PASSWORD_LENGTH = 200;

/**
 * Why `value` cannot be a password, naming the field: not a string, over 200 characters, with a
 * control or invisible formatting character (a NUL breaks every store it reaches; a bidi
 * override is never typed), or with no visible character at all. Passwords are forwarded as
 * typed, never normalised; identity applies the strength rules to new ones.
 */
export function passwordProblem(value: unknown, field: string): string | undefined {
  if (typeof value !== 'string') return `${field} must be a string`;
  if (value.length > MAX_PASSWORD_LENGTH) {
    return `${field} must be at most ${MAX_PASSWORD_LENGTH} characters`;
  }
  return humanTextProblem(value, field, { min: 0, max: MAX_PASSWORD_LENGTH });
}

/** A DTO field holding a password, checked with passwordProblem. */
export function IsPassword(): PropertyDecorator {
  return ValidateBy({
    name: 'isPassword',
    validator: {
      validate: (value, args) => passwordProblem(value, args?.property ?? '') === undefined,
      defaultMessage: (args) => passwordProblem(args?.value, args?.property ?? '') ?? '',
    },
  });
}
