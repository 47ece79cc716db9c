import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: a code read aloud or copied from a poster comes out right.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITE_CODE_LENGTH = 10;
export const INVITE_CODE = new RegExp(`^[${ALPHABET}]{${INVITE_CODE_LENGTH}}$`);

/** 10 characters of 31: about 49 bits, too many to guess one's way into a group. */
export function newInviteCode(): string {
  return Array.from(
    { length: INVITE_CODE_LENGTH },
    () => ALPHABET[randomInt(ALPHABET.length)],
  ).join('');
}

/** Invite codes are typed by people: spaces, dashes and lower case are forgiven. */
export function normalizeInviteCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}
