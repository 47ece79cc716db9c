import { ValidateBy } from 'class-validator';
import { passwordWeakness } from './password-rule';

/**
 * A DTO field holding a new password (sign-up, a person added, a reset), checked with
 * passwordWeakness, so that the 400 names the rule the password breaks. Identity judges after
 * how easy it is to guess from the person and the tenant.
 */
export function IsNewPassword(): PropertyDecorator {
  return ValidateBy({
    name: 'isNewPassword',
    validator: {
      validate: (value, args) => passwordWeakness(value, args?.property) === undefined,
      defaultMessage: (args) => passwordWeakness(args?.value, args?.property) ?? '',
    },
  });
}
