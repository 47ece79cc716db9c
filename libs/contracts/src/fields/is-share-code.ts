import { Transform } from 'class-transformer';
import { IsString, Matches } from 'class-validator';
import { normalizeShareCode, SHARE_CODE, SHARE_CODE_LENGTH } from './share-code';

/**
 * A DTO field holding a person's share code as someone typed it: normalised
 * (normalizeShareCode) and then refused with a 400 naming the field unless it is one.
 */
export function IsShareCode(): PropertyDecorator {
  const decorators = [
    IsString({ message: '$property must be a string' }),
    Transform(({ value }) => (typeof value === 'string' ? normalizeShareCode(value) : value)),
    Matches(SHARE_CODE, {
      message: `$property must be the ${SHARE_CODE_LENGTH}-character code a person shares`,
    }),
  ];
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}
