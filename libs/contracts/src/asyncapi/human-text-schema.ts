import { HumanTextLimits } from '../text/human-text';

/**
 * JSON Schema for human text of `limits` (see humanTextProblem). JSON Schema counts code points
 * and the rule counts what a reader sees as characters (grapheme clusters, UAX #29), so the
 * schema keeps the minimum (a character is at least one code point) and states the rest.
 */
export function humanTextSchema({ min, max, multiline = false }: HumanTextLimits) {
  return {
    type: 'string' as const,
    minLength: min,
    description:
      `Human text, NFC-normalised and trimmed: ${min} to ${max} characters as a reader counts ` +
      'them (grapheme clusters, Unicode UAX #29), with a visible one, no control or invisible ' +
      `formatting characters${multiline ? ' other than line breaks' : ', on one line'}.`,
  };
}
