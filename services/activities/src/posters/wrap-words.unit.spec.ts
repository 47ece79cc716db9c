import { wrapWords } from './wrap-words';

describe('wrapWords', () => {
  it('breaks between words into lines no longer than the limit', () => {
    expect(wrapWords('Beach clean-up at Praia da Rainha', 16)).toEqual([
      'Beach clean-up',
      'at Praia da',
      'Rainha',
    ]);
  });

  it('keeps a short text on one line, squeezing runs of spaces', () => {
    expect(wrapWords('Book  swap', 20)).toEqual(['Book swap']);
  });

  it('cuts a word longer than a line, counting code points, not UTF-16 units', () => {
    expect(wrapWords('Blodgivningsdag 🩸🩸🩸', 6)).toEqual(['Blodgi', 'vnings', 'dag', '🩸🩸🩸']);
  });
});
