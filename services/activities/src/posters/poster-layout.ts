import { POSTER_TEXTS } from './poster-texts';
import { PosterContent } from './poster-content';
import { wrapWords } from './wrap-words';

/** A4 portrait in millimetres, the unit of every length of the layout. */
export const A4 = { width: 210, height: 297 };
/** The coloured band across the top of the poster that carries the brand. */
export const BAND_HEIGHT = 22;

/** How a line of text looks; each renderer maps it to a font and a colour. */
export type TextStyle = 'brand' | 'title' | 'subtitle' | 'points' | 'unit' | 'code' | 'body';

/** One line of text, centred on the page, `y` its baseline and `size` its em, in mm. */
export interface PosterLine {
  kind: 'text';
  style: TextStyle;
  text: string;
  y: number;
  size: number;
}

/** The QR code's square: top-left corner and side, in mm. */
export interface PosterQr {
  kind: 'qr';
  x: number;
  y: number;
  side: number;
}

export type PosterItem = PosterLine | PosterQr;

const MARGIN = 15;
const GAP = 8;
const MAX_QR = 130;
// A generous average advance of a bold sans-serif letter, in em, so that wrapped lines fit.
const EM_PER_CHAR = 0.58;

/**
 * Where everything on a poster goes: the band, the titles and points from the top, the how-to
 * and the typed code from the bottom, and the QR code as large as the space between allows
 * (at most 13 cm), so that a long title shrinks the code rather than running off the page.
 */
export function posterLayout(content: PosterContent): PosterItem[] {
  const top: PosterLine[] = [line('brand', 'City Points', 14.5, 8)];
  let y = BAND_HEIGHT + 6;
  const stack = (style: TextStyle, lines: string[], size: number, leading = 1.2) => {
    for (const text of lines) {
      y += size * leading;
      top.push(line(style, text, y, size));
    }
  };
  content.titles.forEach(({ text }, i) => {
    if (i === 1) y += 3;
    const fitted = fit(text, i ? [6.5, 5.5, 4.5] : [11, 9, 7.5]);
    stack(i ? 'subtitle' : 'title', fitted.lines, fitted.size);
  });
  stack('points', [`+${content.points}`], 18, 1.5);
  stack('unit', [content.titles.map(({ locale }) => POSTER_TEXTS[locale].points).join(' · ')], 6);
  const bottom = bottomLines(content);
  const space = bottom[0].y - bottom[0].size - GAP - (y + GAP);
  const side = Math.min(MAX_QR, space);
  const qr: PosterQr = {
    kind: 'qr',
    x: (A4.width - side) / 2,
    y: y + GAP + (space - side) / 2,
    side,
  };
  return [...top, qr, ...bottom];
}

/** `text` wrapped at the largest of `sizes` (mm) that takes two lines at most, else the smallest. */
function fit(text: string, sizes: number[]): { lines: string[]; size: number } {
  const fits = sizes.map((size) => ({
    size,
    lines: wrapWords(text, Math.floor((A4.width - 2 * MARGIN) / (size * EM_PER_CHAR))),
  }));
  return fits.find(({ lines }) => lines.length <= 2) ?? fits[fits.length - 1];
}

/** The typed code and the how-to in each language, stacked up from the bottom margin. */
function bottomLines(content: PosterContent): PosterLine[] {
  let y = A4.height - MARGIN;
  const lines: PosterLine[] = [];
  for (const { locale } of [...content.titles].reverse()) {
    for (const text of [...POSTER_TEXTS[locale].howTo].reverse()) {
      lines.unshift(line('body', text, y, 4.5));
      y -= 4.5 * 1.35;
    }
    y -= 3;
  }
  lines.unshift(line('code', content.typedCode, y - 2, 9));
  return lines;
}

function line(style: TextStyle, text: string, y: number, size: number): PosterLine {
  return { kind: 'text', style, text, y, size };
}
