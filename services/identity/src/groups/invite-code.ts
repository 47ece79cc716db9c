import { INVITE_CODE_ALPHABET, INVITE_CODE_LENGTH } from '@citypoints/contracts';
import { randomInt } from 'node:crypto';

/** 10 characters of 31: about 49 bits, too many to guess one's way into a group. */
export function newInviteCode(): string {
  return Array.from(
    { length: INVITE_CODE_LENGTH },
    () => INVITE_CODE_ALPHABET[randomInt(INVITE_CODE_ALPHABET.length)],
  ).join('');
}
