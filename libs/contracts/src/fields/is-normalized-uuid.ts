import { Transform } from 'class-transformer';
import { IsUUID } from 'class-validator';

/**
 * A UUID field, turned to lower case before it is checked and used: a UUID is case-insensitive
 * (RFC 9562 §4), so `ABC…` and `abc…` are one id, one account, one command. Refused with
 * `<field> must be a UUID`.
 */
export function IsNormalizedUuid(): PropertyDecorator {
  const lowerCase = Transform(({ value }) =>
    typeof value === 'string' ? value.toLowerCase() : value,
  );
  const uuid = IsUUID();
  return (target, property) => {
    lowerCase(target, property);
    uuid(target, property);
  };
}
