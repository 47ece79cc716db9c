import { humanTextProblem } from '../text/human-text';
import { isCommonPassword } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

const CHARACTER_CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

/**
 * Why `value` cannot be a password at all, new or as typed at sign-in, naming the field: not a
 * string, over 200 UTF-16 units, or not human text (humanTextProblem): a control character (a
 * NUL breaks every store it reaches), half of a surrogate pair (it hashes differently on every
 * platform), an invisible formatting character (a bidi override is never typed) or nothing
 * visible at all. Other Unicode and spaces are allowed (NIST SP 800-63B §5.1.1.2). Passwords
 * are checked as typed, never normalised.
 */
export function passwordProblem(value: unknown, field = 'password'): string | undefined {
  if (typeof value !== 'string') return `${field} must be a string`;
  if (value.length > MAX_PASSWORD_LENGTH) {
    return `${field} must be at most ${MAX_PASSWORD_LENGTH} characters`;
  }
  return humanTextProblem(value, field, { min: 0, max: MAX_PASSWORD_LENGTH });
}

/**
 * Why a new password is not acceptable on its own, naming the field and the rule it breaks, or
 * undefined when it is: at least 10 characters, a password at all (passwordProblem), not all
 * of one class (only letters of one case, only digits or only symbols), and not on a list of
 * common or breached passwords (NIST SP 800-63B §5.1.1.2). How easy it is to guess from the
 * person and the tenant is judged after, by identity, where they are known.
 */
export function passwordWeakness(password: unknown, field = 'password'): string | undefined {
  // Length first: an empty or short password is one to make longer, whatever it holds.
  if (typeof password === 'string' && [...password].length < MIN_PASSWORD_LENGTH) {
    return `${field} breaks the minimum-length rule: it must have at least ${MIN_PASSWORD_LENGTH} characters`;
  }
  const problem = passwordProblem(password, field);
  if (problem || typeof password !== 'string') return problem;
  const classes = CHARACTER_CLASSES.filter((pattern) => pattern.test(password)).length;
  if (classes < 2) {
    return `${field} breaks the character-mix rule: it must mix at least two of lower case, upper case, digits and symbols`;
  }
  if (isCommonPassword(password)) {
    return `${field} is too common: choose one that is not on lists of breached passwords`;
  }
  return undefined;
}
