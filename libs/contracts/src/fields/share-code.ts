import { INVITE_CODE_ALPHABET } from './invite-code';

/** A share code's letters: the invite codes' (no 0/O, 1/I/L), so it is read and typed right. */
export const SHARE_CODE_ALPHABET = INVITE_CODE_ALPHABET;
/**
 * 8 characters of 31: about 40 bits, so that guessing one of a town's few thousand codes takes
 * hundreds of millions of tries, against the gateway's per-person rate limit.
 */
export const SHARE_CODE_LENGTH = 8;
/** A share code as stored, after normalizeShareCode. */
export const SHARE_CODE = new RegExp(`^[${SHARE_CODE_ALPHABET}]{${SHARE_CODE_LENGTH}}$`);

/** Share codes are typed by people: spaces, dashes and lower case are forgiven. */
export function normalizeShareCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}

/** What is wrong with `input` as a share code in `field`, or undefined when it is one. */
export function shareCodeProblem(input: string, field: string): string | undefined {
  if (SHARE_CODE.test(normalizeShareCode(input))) return undefined;
  return `${field} must be the ${SHARE_CODE_LENGTH}-character code a person shares`;
}
