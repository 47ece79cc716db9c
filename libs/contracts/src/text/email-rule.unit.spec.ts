import { normalizeEmail } from './human-text';
import { emailProblem } from './email-rule';

describe('emailProblem', () => {
  it.each(['ana@example.org', 'ana.silva+points@cascais.pt', 'josé@example.org', 'åsa@exempel.se'])(
    'accepts %p',
    (email) => {
      expect(emailProblem(email, 'email')).toBeUndefined();
    },
  );

  it.each([
    ['a NUL character', 'a\u0000b@example.org'],
    ['a bidi override', 'a\u202eb@example.org'],
    ['a zero-width space', 'ana@exa\u200bmple.org'],
    ['a Hangul filler', '\u3164@example.org'],
    ['an em space', 'a\u2003b@example.org'],
    ['a lone surrogate', 'a\ud800@example.org'],
  ])('refuses %s, naming the field', (_, email) => {
    expect(emailProblem(email, 'recipient')).toBe(
      'recipient must not contain control characters or invisible formatting characters',
    );
  });

  it('refuses what is not an address, too long, or not a string', () => {
    expect(emailProblem('ana at example', 'email')).toBe('email must be an email address');
    expect(emailProblem(`${'a'.repeat(243)}@example.org`, 'email')).toBe(
      'email must be at most 254 characters',
    );
    expect(emailProblem(42, 'email')).toBe('email must be a string');
  });

  it('accepts the normalised form of an address typed with spaces, capitals or decomposed accents', () => {
    expect(emailProblem(normalizeEmail('  Jose\u0301@Example.ORG '), 'email')).toBeUndefined();
  });
});
