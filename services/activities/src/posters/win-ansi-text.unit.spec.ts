import { winAnsiText } from './win-ansi-text';

describe('winAnsiText', () => {
  it('keeps English, Swedish and Portuguese letters and typographic punctuation', () => {
    const text = 'Strandstädning på Öland – Limpeza da praia “Conceição” €5';
    expect(winAnsiText(text)).toBe(text);
  });

  it('prints one "?" per character the standard fonts cannot show', () => {
    expect(winAnsiText('Łódź 👩‍👩‍👧 漢')).toBe('?ód? ? ?');
  });
});
