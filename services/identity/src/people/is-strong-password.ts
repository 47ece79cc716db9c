import { ValidateBy, ValidationOptions } from 'class-validator';
import { passwordWeakness } from './password-rule';

/** Validates with passwordWeakness, so the 400 names the rule the password breaks. */
export function IsStrongPassword(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isStrongPassword',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && passwordWeakness(value) === undefined,
        defaultMessage: (args) =>
          typeof args?.value === 'string'
            ? (passwordWeakness(args.value, args.property) ?? '')
            : `${args?.property} must be a string`,
      },
    },
    options,
  );
}
