import { toString } from 'qrcode';

/**
 * `formattedCode` as a QR code (ISO/IEC 18004) in an SVG document, drawn by the `qrcode`
 * package at error correction level M with its 4-module quiet zone, for a partner's scanner to
 * read from a phone's screen. Upper-case letters, digits and dashes fit QR's alphanumeric mode.
 */
export function voucherQrSvg(formattedCode: string): Promise<string> {
  return toString(formattedCode, { type: 'svg', margin: 4, errorCorrectionLevel: 'M' });
}
