import { A4, PosterItem, PosterLine, PosterQr, posterLayout } from './poster-layout';
import { PosterContent } from './poster-content';

const content = (title: string): PosterContent => ({
  titles: [
    { locale: 'en', text: title },
    { locale: 'sv', text: title },
    { locale: 'pt', text: title },
  ],
  points: 40,
  code: 'CP1.S.cascais.x.1.y',
  typedCode: 'ABCD-EFGH-JKMN-PQRS',
});

function qrOf(items: PosterItem[]): PosterQr {
  const qr = items.find((item): item is PosterQr => item.kind === 'qr');
  if (!qr) throw new Error('the layout has no QR code');
  return qr;
}
const linesOf = (items: PosterItem[]) =>
  items.filter((item): item is PosterLine => item.kind === 'text');

describe('posterLayout', () => {
  it('gives a short title in one language a QR code 13 cm wide, centred', () => {
    const qr = qrOf(
      posterLayout({ ...content('Book swap'), titles: [{ locale: 'en', text: 'Book swap' }] }),
    );
    expect(qr.side).toBe(130);
    expect(qr.x + qr.side / 2).toBeCloseTo(A4.width / 2);
  });

  it('keeps the QR code over 11 cm wide with short titles in three languages', () => {
    expect(qrOf(posterLayout(content('Book swap'))).side).toBeGreaterThan(110);
  });

  it('shrinks the QR code for the longest titles, keeping every line on the page apart', () => {
    const items = posterLayout(content('Limpeza '.repeat(15).trim()));
    const qr = qrOf(items);
    expect(qr.side).toBeGreaterThan(80);
    const lines = linesOf(items);
    for (const line of lines) expect(line.y).toBeLessThanOrEqual(A4.height - 15);
    const above = lines.filter((line) => line.y < qr.y);
    const below = lines.filter((line) => line.y > qr.y);
    expect(Math.max(...above.map((line) => line.y))).toBeLessThan(qr.y);
    expect(Math.min(...below.map((line) => line.y - line.size))).toBeGreaterThan(qr.y + qr.side);
  });

  it('says the points, the typed code and how to take part in each language', () => {
    const texts = linesOf(posterLayout(content('Book swap'))).map((line) => line.text);
    expect(texts).toEqual(
      expect.arrayContaining(['+40', 'points · poäng · pontos', 'ABCD-EFGH-JKMN-PQRS']),
    );
    expect(texts.filter((text) => /City Points/.test(text)).length).toBe(4);
  });
});
