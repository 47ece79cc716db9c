import { normalizeEmail } from './human-text';
import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { emailProblem } from './email-rule';

/**
 * A DTO field holding an e-mail address: normalised (trimmed, NFKC, lower case) before it is
 * validated with emailProblem, so that sign-up, adding a person, sign-in and password reset
 * all store and look up one form, and a 400 names the field.
 */
export function IsEmailAddress(): PropertyDecorator {
  const transform = Transform(({ value }) =>
    typeof value === 'string' ? normalizeEmail(value) : value,
  );
  const validate = ValidateBy({
    name: 'isEmailAddress',
    validator: {
      validate: (value, args) => emailProblem(value, args?.property ?? '') === undefined,
      defaultMessage: (args) => emailProblem(args?.value, args?.property ?? '') ?? '',
    },
  });
  return (target, property) => {
    transform(target, property);
    validate(target, property);
  };
}
