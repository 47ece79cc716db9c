import { isCommonPassword } from './common-passwords';

export const MIN_PASSWORD_LENGTH = 10;

const CHARACTER_CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];
// C0 and C1 controls and DEL: nobody types them, and a NUL would break every store it reaches.
// Lone surrogates (Cs) too: they are not characters and hash differently on every platform.
const CONTROL = /[\p{Cc}\p{Cs}]/u;

/**
 * Why a password, as typed at sign-in, cannot be one at all, naming the field: it holds a
 * control character or half of a surrogate pair. Other Unicode is allowed (NIST SP 800-63B
 * §5.1.1.2: all printing characters and spaces).
 */
export function passwordCharacterProblem(password: string, field = 'password'): string | undefined {
  if (CONTROL.test(password)) {
    return `${field} must not contain control characters`;
  }
  return undefined;
}

/**
 * Why a new password is not acceptable on its own, naming the field and the rule it breaks, or
 * undefined when it is: no control characters, at least 10 characters, not all of one class
 * (only letters of one case, only digits or only symbols), and not on a list of common or
 * breached passwords (NIST SP 800-63B §5.1.1.2). How easy it is to guess from the person and
 * the tenant is judged after, where they are known (passwordGuessProblem).
 */
export function passwordWeakness(password: string, field = 'password'): string | undefined {
  const characterProblem = passwordCharacterProblem(password, field);
  if (characterProblem) return characterProblem;
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return `${field} breaks the minimum-length rule: it must have at least ${MIN_PASSWORD_LENGTH} characters`;
  }
  const classes = CHARACTER_CLASSES.filter((pattern) => pattern.test(password)).length;
  if (classes < 2) {
    return `${field} breaks the character-mix rule: it must mix at least two of lower case, upper case, digits and symbols`;
  }
  if (isCommonPassword(password)) {
    return `${field} is too common: choose one that is not on lists of breached passwords`;
  }
  return undefined;
}
