import { ValidateBy } from 'class-validator';
import { passwordCharacterProblem } from './password-rule';

/**
 * A password as typed at sign-in: any string without control characters (see
 * passwordCharacterProblem). The strength rules are not applied: they are for new passwords,
 * and a password set before a rule existed must still sign in.
 */
export function IsPasswordAttempt(): PropertyDecorator {
  const problem = (value: unknown, field: string) =>
    typeof value === 'string'
      ? passwordCharacterProblem(value, field)
      : `${field} must be a string`;
  return ValidateBy({
    name: 'isPasswordAttempt',
    validator: {
      validate: (value, args) => problem(value, args?.property ?? '') === undefined,
      defaultMessage: (args) => problem(args?.value, args?.property ?? '') ?? '',
    },
  });
}
