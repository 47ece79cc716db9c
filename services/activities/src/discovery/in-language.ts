import { Locale, LOCALES } from '@citypoints/contracts';
import { PerLanguage } from '../activities/activity';

/**
 * The text of `texts` in the first of `preferred` languages that has one, else in the first of
 * LOCALES that has one, with its language; undefined when there is no text at all.
 */
export function inLanguage(
  texts: PerLanguage,
  preferred: readonly (Locale | undefined)[],
): { language: Locale; text: string } | undefined {
  for (const language of [...preferred, ...LOCALES]) {
    const text = language && texts[language];
    if (text) return { language, text };
  }
  return undefined;
}
