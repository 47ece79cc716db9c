import { humanTextProblem, normalizeEmail, normalizeHumanText } from './human-text';

describe('human text', () => {
  const name = { min: 1, max: 10 };

  it.each([
    ['a NUL character', 'a\u0000b'],
    ['a bidi override', 'abc\u202edef'],
    ['a bidi isolate', '\u2066abc'],
    ['a byte-order mark', '\ufeffabc'],
    ['a line break on one line', 'a\nb'],
    ['a lone surrogate', 'a\ud800b'],
    ['a line separator', 'a\u2028b'],
    ['a paragraph separator', 'a\u2029b'],
  ])('refuses %s, naming the field', (_, text) => {
    expect(humanTextProblem(text, 'displayName', name)).toBe(
      'displayName must not contain control characters or invisible formatting characters',
    );
  });

  it.each([
    ['a Hangul filler', '\u3164'],
    ['Hangul fillers and spaces', '\u3164 \u3164'],
    ['a zero-width joiner alone', '\u200d'],
  ])('refuses %s, which shows blank', (_, text) => {
    expect(humanTextProblem(text, 'nickname', name)).toBe(
      'nickname must contain a visible character',
    );
  });

  it.each([
    ['a Hangul filler before a name', '\u3164Ana'],
    ['Braille blanks', '\u2800\u2800'],
    ['a null notehead', '\u{1d159}'],
  ])('refuses %s, which shows as blank', (_, text) => {
    expect(humanTextProblem(text, 'displayName', name)).toBe(
      'displayName must not contain characters that show as blank',
    );
  });

  it('refuses marks stacked on one character, and accepts the longest emoji', () => {
    expect(humanTextProblem('a' + '\u0301'.repeat(5000), 'nickname', name)).toBe(
      'nickname must be 1 to 10 characters',
    );
    expect(humanTextProblem('a' + '\u0301'.repeat(20), 'nickname', name)).toBe(
      'nickname must not stack more than 16 marks on one character',
    );
    expect(humanTextProblem('👩🏽‍❤️‍💋‍👨🏿 Ana', 'nickname', name)).toBeUndefined();
  });

  it('accepts names in any script, emoji sequences and line breaks where allowed', () => {
    for (const text of ['Ana', 'José', 'Åsa Öberg', '李小龙', 'नमस्ते', '👩‍👩‍👧 team', "O'Brien"]) {
      expect(humanTextProblem(text, 'name', { min: 1, max: 20 })).toBeUndefined();
    }
    expect(
      humanTextProblem('line one\nline two', 'reason', { ...name, max: 20, multiline: true }),
    ).toBeUndefined();
  });

  it('counts length in what a reader sees', () => {
    expect(humanTextProblem('e\u0301'.repeat(10), 'name', name)).toBeUndefined();
    expect(humanTextProblem('e\u0301'.repeat(11), 'name', name)).toBe(
      'name must be 1 to 10 characters',
    );
    expect(humanTextProblem('👩‍👩‍👧'.repeat(10), 'name', name)).toBeUndefined();
    expect(humanTextProblem('a'.repeat(11), 'name', name)).toBe('name must be 1 to 10 characters');
    expect(humanTextProblem('a'.repeat(100_000), 'name', name)).toBe(
      'name must be 1 to 10 characters',
    );
    expect(humanTextProblem('', 'name', name)).toBe('name must be 1 to 10 characters');
    expect(humanTextProblem(7, 'name', name)).toBe('name must be a string');
  });

  it('normalises to NFC and trims', () => {
    expect(normalizeHumanText('  Jose\u0301\r\n')).toBe('José');
  });

  it('normalises e-mails the same way everywhere', () => {
    expect(normalizeEmail('  Ana.Silva@Example.ORG ')).toBe('ana.silva@example.org');
    expect(normalizeEmail('jose\u0301@example.org')).toBe(normalizeEmail('josé@example.org'));
    expect(normalizeEmail('ａｎａ@example.org')).toBe('ana@example.org');
  });
});
