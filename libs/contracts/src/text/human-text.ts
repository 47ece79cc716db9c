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

// Control, surrogate, private-use and unassigned code points, line and paragraph separators,
// and format characters other than the joiners that emoji and Indic scripts need (ZWNJ U+200C,
// ZWJ U+200D). Bidi overrides are format characters, so a name cannot reverse the text shown
// after it.
const FORBIDDEN =
  /[\p{Cc}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Bidi_Control}]|(?![\u200c\u200d])\p{Cf}/u;
const FORBIDDEN_MULTILINE =
  /(?![\n])[\p{Cc}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Bidi_Control}]|(?![\u200c\u200d])\p{Cf}/u;
// Letters and symbols that render as blank space: Hangul fillers, the Braille blank, the null
// notehead. Next to visible letters they make a name that looks like another ("\u3164Ana").
const BLANK = /[\u115f\u1160\u3164\uffa0\u2800\u{1d159}]/u;
// A letter, digit, mark, punctuation or symbol that renders: not a filler such as U+3164.
const VISIBLE = /(?!\p{Default_Ignorable_Code_Point})[\p{L}\p{N}\p{P}\p{S}]/u;
// The longest emoji sequences (a kiss with two skin tones) are 10 code points; a character
// with more is marks stacked to overflow the lines around it ("Zalgo" text).
const MAX_CODE_POINTS_PER_CHARACTER = 16;
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** NFC, trimmed, with CRLF as LF: the form human text is stored and compared in. */
export function normalizeHumanText(text: string): string {
  return text.normalize('NFC').replace(/\r\n?/g, '\n').trim();
}

// Segmenting costs more than linear time in V8, so text far past any limit is refused before.
const MAX_UTF16_UNITS_PER_CHARACTER = 16;

/**
 * The number of characters as a reader counts them (`"👩‍👩‍👧"` is 1, `"é"` is 1 however it is
 * encoded), and the most code points any one of them holds.
 */
function measure(text: string): { length: number; widest: number } {
  let length = 0;
  let widest = 0;
  for (const { segment } of graphemes.segment(text)) {
    length++;
    widest = Math.max(widest, [...segment].length);
  }
  return { length, widest };
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
  const tooLong = `${field} must be ${min} to ${max} characters`;
  if (value.length > max * MAX_UTF16_UNITS_PER_CHARACTER) return tooLong;
  const { length, widest } = measure(value);
  if (widest > MAX_CODE_POINTS_PER_CHARACTER) {
    return `${field} must not stack more than ${MAX_CODE_POINTS_PER_CHARACTER} marks on one character`;
  }
  if (length < min || length > max) return tooLong;
  if (!VISIBLE.test(value)) return `${field} must contain a visible character`;
  if (BLANK.test(value)) return `${field} must not contain characters that show as blank`;
  return undefined;
}

/**
 * An e-mail address as it is stored and looked up: trimmed, NFKC (so that fullwidth `ａｎａ` is
 * `ana`, UAX #15) and lower case, the same on sign-up, sign-in and password reset, so that one
 * address is one account.
 */
export function normalizeEmail(email: string): string {
  return email.trim().normalize('NFKC').toLowerCase();
}
