export const MIN_PASSWORD_LENGTH = 10;

const CHARACTER_CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/];

/**
 * Why a password is too weak, naming the rule it breaks, or undefined when it is strong
 * enough: at least 10 characters, and not all of one class (only letters of one case, only
 * digits or only symbols).
 */
export function passwordWeakness(password: string, field = 'password'): string | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return `${field} breaks the minimum-length rule: it must have at least ${MIN_PASSWORD_LENGTH} characters`;
  }
  const classes = CHARACTER_CLASSES.filter((pattern) => pattern.test(password)).length;
  if (classes < 2) {
    return `${field} breaks the character-mix rule: it must mix at least two of lower case, upper case, digits and symbols`;
  }
  return undefined;
}
