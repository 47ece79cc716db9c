import { passwordWeakness } from './password-rule';

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

  it('names the field it checks', () => {
    expect(passwordWeakness('short', 'newPassword')).toMatch(/^newPassword breaks/);
  });
});
