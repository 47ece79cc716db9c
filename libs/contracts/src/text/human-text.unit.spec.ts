import { humanTextProblem, normalizeEmail, normalizeHumanText, visibleLength } from './human-text';

describe('human text', () => {
  const name = { min: 1, max: 10 };

  it.each([
    ['a NUL character', 'a\u0000b'],
    ['a bidi override', 'abc\u202edef'],
    ['a bidi isolate', '\u2066abc'],
    ['a byte-order mark', '\ufeffabc'],
    ['a line break on one line', 'a\nb'],
    ['a lone surrogate', 'a\ud800b'],
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

  it('accepts names in any script, emoji sequences and line breaks where allowed', () => {
    for (const text of ['Ana', 'José', 'Åsa Öberg', '李小龙', 'नमस्ते', '👩‍👩‍👧 team', "O'Brien"]) {
      expect(humanTextProblem(text, 'name', { min: 1, max: 20 })).toBeUndefined();
    }
    expect(
      humanTextProblem('line one\nline two', 'reason', { ...name, max: 20, multiline: true }),
    ).toBeUndefined();
  });

  it('counts length in what a reader sees', () => {
    expect(visibleLength('👩‍👩‍👧')).toBe(1);
    expect(visibleLength('e\u0301')).toBe(1);
    expect(humanTextProblem('👩‍👩‍👧'.repeat(10), 'name', name)).toBeUndefined();
    expect(humanTextProblem('a'.repeat(11), 'name', name)).toBe('name must be 1 to 10 characters');
    expect(humanTextProblem('', 'name', name)).toBe('name must be 1 to 10 characters');
    expect(humanTextProblem(7, 'name', name)).toBe('name must be a string');
  });

  it('normalises to NFC and trims', () => {
    expect(normalizeHumanText('  Jose\u0301\r\n')).toBe('José');
  });

  it('normalises e-mails the same way everywhere', () => {
    expect(normalizeEmail('  Ana.Silva@Example.ORG ')).toBe('ana.silva@example.org');
    expect(normalizeEmail('jose\u0301@example.org')).toBe(normalizeEmail('josé@example.org'));
  });
});
