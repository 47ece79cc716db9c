import { ValidateBy } from 'class-validator';
import { passwordProblem } from './password-rule';

/**
 * A DTO field holding a password as typed at sign-in, checked with passwordProblem only. The
 * strength rules are not applied: they are for new passwords, and a password set before a rule
 * existed must still sign in.
 */
export function IsPasswordAttempt(): PropertyDecorator {
  return ValidateBy({
    name: 'isPasswordAttempt',
    validator: {
      validate: (value, args) => passwordProblem(value, args?.property) === undefined,
      defaultMessage: (args) => passwordProblem(args?.value, args?.property) ?? '',
    },
  });
}
