import { isEmail } from 'class-validator';

export const MAX_EMAIL_LENGTH = 254;

// Characters that show as nothing or as something else: controls, format characters (bidi
// overrides, zero-width spaces), fillers such as U+3164, spaces other than the plain one (which
// isEmail refuses as a malformed address), and lone surrogates. isEmail
// lets them through in internationalised addresses, where two addresses would look alike.
const INVISIBLE =
  /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]|(?! )\p{Zs}/u;

/**
 * Why `value` is not an acceptable e-mail address for `field`, naming the field, or undefined
 * when it is. Expects the normalised form (normalizeEmail from contracts): at most 254
 * characters (RFC 5321 §4.5.3.1.3 with RFC 3696 errata), no invisible characters, and the shape
 * of an address (validator's isEmail, which allows non-ASCII local parts, RFC 6531).
 */
export function emailProblem(value: unknown, field: string): string | undefined {
  if (typeof value !== 'string') return `${field} must be a string`;
  if (value.length > MAX_EMAIL_LENGTH) {
    return `${field} must be at most ${MAX_EMAIL_LENGTH} characters`;
  }
  if (INVISIBLE.test(value)) {
    return `${field} must not contain control characters or invisible formatting characters`;
  }
  if (!isEmail(value)) return `${field} must be an email address`;
  return undefined;
}
