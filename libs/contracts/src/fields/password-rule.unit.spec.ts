import { passwordProblem, passwordWeakness } from './password-rule';

describe('passwordWeakness', () => {
  it.each(['correct horse', 'Tr0ub4dor&3', 'abcdefghi1', 'ÅÄÖåäö1234', 'ABCDEFGHIJ!'])(
    'accepts %p',
    (password) => {
      expect(passwordWeakness(password)).toBeUndefined();
    },
  );

  it.each([
    ['', 'minimum-length'],
    ['Ab1!Ab1!a', 'minimum-length'],
    ['abcdefghijkl', 'character-mix'],
    ['ABCDEFGHIJKL', 'character-mix'],
    ['12345678901', 'character-mix'],
    ['!!!!!!!!!!!!', 'character-mix'],
  ])('refuses %p naming the %s rule', (password, rule) => {
    expect(passwordWeakness(password)).toContain(`password breaks the ${rule} rule`);
  });

  it.each(['password123', 'Password123', 'qwerty123456'])(
    'refuses %p, long and mixed enough but on a list of breached passwords',
    (password) => {
      expect(passwordWeakness(password)).toBe(
        'password is too common: choose one that is not on lists of breached passwords',
      );
    },
  );

  it.each([
    ['a NUL', 'correct\u0000horse 1'],
    ['an escape', 'correct horse\u001b1'],
    ['a C1 control', 'correct horse\u00851'],
    ['a lone surrogate', 'correct horse\ud8001'],
  ])('refuses a password with %s', (_, password) => {
    expect(passwordWeakness(password, 'newPassword')).toBe(
      'newPassword must not contain control characters or invisible formatting characters',
    );
  });

  it('names the field it checks', () => {
    expect(passwordWeakness('short', 'newPassword')).toMatch(/^newPassword breaks/);
    expect(passwordWeakness('Password123', 'newPassword')).toMatch(/^newPassword is too common/);
  });
});

describe('passwordProblem', () => {
  it('lets any printable password be tried at sign-in, weak or not', () => {
    expect(passwordProblem('short')).toBeUndefined();
    expect(passwordProblem('pässwörd 🔑')).toBeUndefined();
    expect(passwordProblem(' 👩‍👩‍👧 with spaces ')).toBeUndefined();
    expect(passwordProblem('a\u0000b')).toBe(
      'password must not contain control characters or invisible formatting characters',
    );
  });

  it.each([
    ['a bidi override', 'correct\u202ehorse', 'must not contain control characters'],
    ['nothing visible', '\u3164\u3164\u3164', 'must contain a visible character'],
    ['nothing at all', '', 'must contain a visible character'],
    ['a blank-looking filler', 'correct\u3164horse', 'must not contain characters that show'],
    ['201 characters', 'a'.repeat(201), 'must be at most 200 characters'],
  ])('refuses a password with %s, naming the field', (_, password, message) => {
    expect(passwordProblem(password, 'password')).toMatch(new RegExp(`^password ${message}`));
  });

  it('refuses what is not a string', () => {
    expect(passwordProblem(42, 'password')).toBe('password must be a string');
    expect(passwordWeakness(undefined, 'newPassword')).toBe('newPassword must be a string');
  });
});
