import { Transform } from 'class-transformer';
import { IsString, Matches } from 'class-validator';
import { INVITE_CODE, normalizeInviteCode } from './invite-code';

/**
 * A DTO field holding a group's invite code as a person typed it: normalised
 * (normalizeInviteCode) and then refused with a 400 naming the field unless it is one.
 */
export function IsInviteCode(): PropertyDecorator {
  const decorators = [
    IsString({ message: '$property must be a string' }),
    Transform(({ value }) => (typeof value === 'string' ? normalizeInviteCode(value) : value)),
    Matches(INVITE_CODE, { message: '$property must be the 10-character code of an invitation' }),
  ];
  return (target, property) => decorators.forEach((decorate) => decorate(target, property));
}
