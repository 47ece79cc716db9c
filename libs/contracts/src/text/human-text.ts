/**
 * One rule for text that people write and other people read: names, nicknames, group names,
 * reasons, titles. Stored NFC-normalised and trimmed (Unicode UAX #15); counted in grapheme
 * clusters, what a reader sees as one character (UAX #29).
 */
export interface HumanTextLimits {
  /** Fewest characters as a reader counts them, after trimming. */
  min: number;
  /** Most characters as a reader counts them, after trimming. */
  max: number;
  /** Line breaks allowed (descriptions); one line otherwise. */
  multiline?: boolean;
}

// Control, surrogate, private-use and unassigned code points, and format characters other than
// the joiners that emoji and Indic scripts need (ZWNJ U+200C, ZWJ U+200D). Bidi overrides are
// format characters, so a name cannot reverse the text shown after it.
const FORBIDDEN = /[\p{Cc}\p{Cs}\p{Co}\p{Cn}\p{Bidi_Control}]|(?![\u200c\u200d])\p{Cf}/u;
const FORBIDDEN_MULTILINE =
  /(?![\n])[\p{Cc}\p{Cs}\p{Co}\p{Cn}\p{Bidi_Control}]|(?![\u200c\u200d])\p{Cf}/u;
// A letter, digit, mark, punctuation or symbol that renders: not a filler such as U+3164.
const VISIBLE = /(?!\p{Default_Ignorable_Code_Point})[\p{L}\p{N}\p{P}\p{S}]/u;
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** NFC, trimmed, with CRLF as LF: the form human text is stored and compared in. */
export function normalizeHumanText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

/** Characters as a reader counts them: `"👩‍👩‍👧"` is 1, `"é"` is 1 however it is encoded. */
export function visibleLength(text: string): number {
  return Array.from(graphemes.segment(text)).length;
}

/**
 * Why `value` is not acceptable human text for `field`, naming the field, or undefined when it
 * is. Expects the normalised form (normalizeHumanText).
 */
export function humanTextProblem(
  value: unknown,
  field: string,
  { min, max, multiline = false }: HumanTextLimits,
): string | undefined {
  if (typeof value !== 'string') return `${field} must be a string`;
  if ((multiline ? FORBIDDEN_MULTILINE : FORBIDDEN).test(value)) {
    return `${field} must not contain control characters or invisible formatting characters`;
  }
  const length = visibleLength(value);
  if (length < min || length > max) return `${field} must be ${min} to ${max} characters`;
  if (!VISIBLE.test(value)) return `${field} must contain a visible character`;
  return undefined;
}

/**
 * An e-mail address as it is stored and looked up: trimmed, NFC and lower case, the same on
 * sign-up, sign-in and password reset, so that one address is one account.
 */
export function normalizeEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase();
}
