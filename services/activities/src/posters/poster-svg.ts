import { escapeXml } from './escape-xml';
import { PosterContent } from './poster-content';
import { A4, BAND_HEIGHT, PosterItem, posterLayout, TextStyle } from './poster-layout';
import { qrCodePath } from './qr-code-path';
import { POSTER_COLOURS } from './poster-colours';

// Unquoted family names: resvg drops a quoted one that follows others.
const SANS = 'Helvetica, Arial, DejaVu Sans, sans-serif';
const MONO = 'Courier New, DejaVu Sans Mono, monospace';
const FONTS: Record<TextStyle, string> = {
  brand: `font-family="${SANS}" font-weight="bold"`,
  title: `font-family="${SANS}" font-weight="bold"`,
  subtitle: `font-family="${SANS}"`,
  points: `font-family="${SANS}" font-weight="bold"`,
  unit: `font-family="${SANS}"`,
  code: `font-family="${MONO}" font-weight="bold"`,
  body: `font-family="${SANS}"`,
};

/**
 * The poster of posterLayout as an SVG 1.1 document of A4 size (lengths in mm), every text
 * XML-escaped, the QR code drawn as one vector path.
 */
export async function posterSvg(content: PosterContent): Promise<string> {
  const qr = await qrCodePath(content.code);
  const items = posterLayout(content).map((item) => svgItem(item, qr.size, qr.path));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${A4.width}mm" height="${A4.height}mm" viewBox="0 0 ${A4.width} ${A4.height}">`,
    `<rect width="${A4.width}" height="${A4.height}" fill="#ffffff"/>`,
    `<rect width="${A4.width}" height="${BAND_HEIGHT}" fill="${POSTER_COLOURS.band}"/>`,
    ...items,
    '</svg>',
  ].join('\n');
}

function svgItem(item: PosterItem, modules: number, path: string): string {
  if (item.kind === 'qr') {
    const scale = round(item.side / modules, 5);
    return `<path transform="translate(${round(item.x)} ${round(item.y)}) scale(${scale})" d="${path}" stroke="#000000" stroke-width="1" fill="none" shape-rendering="crispEdges"/>`;
  }
  const attributes = `x="${A4.width / 2}" y="${round(item.y)}" font-size="${item.size}" text-anchor="middle" fill="${POSTER_COLOURS[item.style]}"`;
  return `<text ${attributes} ${FONTS[item.style]}>${escapeXml(item.text)}</text>`;
}

// Hundredths of a millimetre are finer than any printer, and keep the document short.
function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}
