// No 0/O, 1/I/L: a code read aloud or copied from a poster comes out right.
export const INVITE_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITE_CODE_LENGTH = 10;
/** An invite code as stored, after normalizeInviteCode. */
export const INVITE_CODE = new RegExp(`^[${INVITE_CODE_ALPHABET}]{${INVITE_CODE_LENGTH}}$`);

/** Invite codes are typed by people: spaces, dashes and lower case are forgiven. */
export function normalizeInviteCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}
