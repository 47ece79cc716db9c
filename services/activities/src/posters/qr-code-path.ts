import { toString } from 'qrcode';

/** A QR code as `size` × `size` modules and an SVG path that draws its dark modules. */
export interface QrCodePath {
  size: number;
  /** Horizontal runs of dark modules, in module units, to stroke with a width of 1. */
  path: string;
}

/**
 * `text` as a QR code (ISO/IEC 18004) drawn by the `qrcode` package at error correction level
 * M (15 % of a scratched poster recovered), without its quiet zone: the poster leaves white
 * space around it. Both the SVG and the PDF poster draw this one path.
 */
export async function qrCodePath(text: string): Promise<QrCodePath> {
  const svg = await toString(text, { type: 'svg', margin: 0, errorCorrectionLevel: 'M' });
  const size = /viewBox="0 0 (\d+) \d+"/.exec(svg)?.[1];
  const path = /<path stroke="[^"]*" d="([^"]+)"/.exec(svg)?.[1];
  if (!size || !path) throw new Error('qrcode drew an SVG of an unexpected shape');
  return { size: Number(size), path };
}
