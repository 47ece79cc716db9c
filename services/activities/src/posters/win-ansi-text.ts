// What PDF's standard fonts can show (WinAnsiEncoding, PDF 32000-1 Annex D): Latin-1 and a few
// more. That covers English, Swedish and Portuguese; anything else prints as "?".
const WIN_ANSI = /^[\x20-\x7e\xa0-\xff€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]+$/u;
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * `text` with each character (grapheme cluster, UAX #29) that the PDF's standard fonts cannot
 * show replaced by "?", rather than printed as garbage.
 */
export function winAnsiText(text: string): string {
  return Array.from(graphemes.segment(text), ({ segment }) =>
    WIN_ANSI.test(segment) ? segment : '?',
  ).join('');
}
