import PDFDocument from 'pdfkit';
import { PosterContent } from './poster-content';
import { POSTER_COLOURS } from './poster-colours';
import { A4, BAND_HEIGHT, PosterItem, posterLayout, TextStyle } from './poster-layout';
import { qrCodePath } from './qr-code-path';
import { winAnsiText } from './win-ansi-text';

const POINTS_PER_MM = 72 / 25.4;
const FONTS: Record<TextStyle, string> = {
  brand: 'Helvetica-Bold',
  title: 'Helvetica-Bold',
  subtitle: 'Helvetica',
  points: 'Helvetica-Bold',
  unit: 'Helvetica',
  code: 'Courier-Bold',
  body: 'Helvetica',
};

/**
 * The poster of posterLayout as a one-page A4 PDF drawn by pdfkit: the QR code as vector
 * paths, the text in PDF's standard fonts (winAnsiText says what they cannot show).
 */
export async function posterPdf(content: PosterContent): Promise<Buffer> {
  const qr = await qrCodePath(content.code);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    info: { Title: content.titles[0]?.text ?? '', Creator: 'City Points' },
  });
  const done = collect(doc);
  doc.scale(POINTS_PER_MM);
  doc.rect(0, 0, A4.width, BAND_HEIGHT).fill(POSTER_COLOURS.band);
  for (const item of posterLayout(content)) drawItem(doc, item, qr.size, qr.path);
  doc.end();
  return done;
}

function drawItem(doc: PDFKit.PDFDocument, item: PosterItem, modules: number, path: string) {
  if (item.kind === 'qr') {
    doc
      .save()
      .translate(item.x, item.y)
      .scale(item.side / modules);
    doc.path(path).lineWidth(1).stroke('#000000').restore();
    return;
  }
  doc.font(FONTS[item.style]).fontSize(item.size).fillColor(POSTER_COLOURS[item.style]);
  doc.text(winAnsiText(item.text), 0, item.y, {
    width: A4.width,
    align: 'center',
    baseline: 'alphabetic',
    lineBreak: false,
  });
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
