import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { translations } from '@zxcvbn-ts/language-en';

/** zxcvbn's score, 0 to 4: 3 means at least 10^8 guesses, "safely unguessable" online. */
const MIN_PASSWORD_SCORE = 3;

/**
 * zxcvbn estimates only this many leading characters: its matchers grow steeply with length
 * (about 100 ms for 100 characters of "Password1Password1…", 60 ms for 64), and it runs on
 * the event loop. A longer password is judged by its first 64 characters.
 */
const ESTIMATED_CHARACTERS = 64;

// The common dictionaries (breached passwords, diceware words) and keyboard layouts; English
// only for the warning's wording.
const estimator = new ZxcvbnFactory({
  dictionary,
  graphs: adjacencyGraphs,
  translations,
  maxLength: ESTIMATED_CHARACTERS,
});

/** What the password is about: the person's own details and their town are guessed first. */
export interface PasswordContext {
  email: string;
  displayName: string;
  /** The tenant's slug, e.g. `demo-town`. */
  tenant: string;
}

/**
 * Why a new password is too easy to guess, naming the field and, when zxcvbn has one, its
 * warning; undefined when it is not. The estimate (zxcvbn-ts, from @zxcvbn-ts/core with the
 * @zxcvbn-ts/language-common dictionaries) finds repeated and sequential characters, keyboard
 * patterns, dates, breached passwords and words of the context: NIST SP 800-63B §5.1.1.2
 * asks to refuse repetitive or sequential characters and context-specific words. Refused below
 * score 3 (MIN_PASSWORD_SCORE). Only the first 64 characters are estimated.
 */
export function passwordGuessProblem(
  password: string,
  field: string,
  context: PasswordContext,
): string | undefined {
  const { score, feedback } = estimator.check(password, contextWords(context));
  if (score >= MIN_PASSWORD_SCORE) return undefined;
  const why = feedback.warning ?? feedback.suggestions[0];
  return `${field} is too easy to guess${why ? `: ${why}` : ''}`;
}

// Each detail whole and in its words, so that "demo" and "town" are found in "TownDemo2026"
// as well as "demo-town" in "demo-town-2026".
function contextWords({ email, displayName, tenant }: PasswordContext): string[] {
  const whole = [email, displayName, tenant].map((detail) => detail.toLowerCase());
  const words = whole.flatMap((detail) => detail.split(/[^\p{L}\p{N}]+/u));
  return [...new Set([...whole, ...words])].filter((word) => word.length > 0);
}
