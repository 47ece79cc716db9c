import { DomainError } from '@citypoints/contracts';
import { randomBytes } from 'node:crypto';

/**
 * Crockford's base 32 (https://www.crockford.com/base32.html): digits and capitals without I,
 * L, O and U, so that a code read out over a counter or typed from a screen has no look-alikes.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const N = ALPHABET.length;
/** Random characters of a code: 16 × 5 bits = 80 bits (issue 14: at least 80 bits). */
export const VOUCHER_CODE_RANDOM_CHARS = 16;
const GROUP = 4;

// What people type for the letters left out: I and L read as 1, O as 0 (Crockford's decoding).
const LOOK_ALIKES: Readonly<Record<string, string>> = { I: '1', L: '1', O: '0' };

/**
 * A new voucher code: 80 random bits (crypto.randomBytes) in 16 characters of Crockford's base
 * 32 and a 17th, the Luhn mod 32 check character, shown in groups of four (`K7QX-3M9P-...-C`).
 */
export function newVoucherCode(): string {
  const bytes = randomBytes(10);
  let bits = 0n;
  for (const byte of bytes) bits = (bits << 8n) | BigInt(byte);
  let body = '';
  for (let i = VOUCHER_CODE_RANDOM_CHARS - 1; i >= 0; i--) {
    body += ALPHABET[Number((bits >> BigInt(5 * i)) & 31n)];
  }
  return formatVoucherCode(body + checkCharacter(body));
}

/**
 * The code as stored and compared: `input` (typed or scanned) in capitals without spaces or
 * dashes, I and L read as 1 and O as 0. Throws DomainError 'invalid' `malformed-voucher-code`
 * (400, field `code`) when it is not 17 characters of the alphabet, and `mistyped-voucher-code`
 * when its check character does not match: every single mistyped character, and every swap of
 * two neighbours but 0 and Z, is caught this way (Luhn mod N).
 */
export function normalizeVoucherCode(input: string): string {
  const code = input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/[ILO]/g, (letter) => LOOK_ALIKES[letter]);
  if (
    code.length !== VOUCHER_CODE_RANDOM_CHARS + 1 ||
    [...code].some((c) => !ALPHABET.includes(c))
  ) {
    throw new DomainError(
      'invalid',
      'malformed-voucher-code',
      `code must be ${VOUCHER_CODE_RANDOM_CHARS + 1} letters and digits (dashes and spaces aside)`,
      'code',
    );
  }
  if (checkCharacter(code.slice(0, -1)) !== code.slice(-1)) {
    throw new DomainError(
      'invalid',
      'mistyped-voucher-code',
      'code does not check out: a character is probably mistyped',
      'code',
    );
  }
  return code;
}

/** A normalized code in groups of four characters joined by dashes, as shown to people. */
export function formatVoucherCode(code: string): string {
  return code.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? code;
}

/** The Luhn mod N check character of `body` (its characters all of ALPHABET). */
function checkCharacter(body: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = body.length - 1; i >= 0; i--) {
    const addend = factor * ALPHABET.indexOf(body[i]);
    sum += Math.floor(addend / N) + (addend % N);
    factor = factor === 2 ? 1 : 2;
  }
  return ALPHABET[(N - (sum % N)) % N];
}
