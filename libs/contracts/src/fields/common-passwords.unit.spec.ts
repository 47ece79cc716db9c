import { isCommonPassword } from './common-passwords';

describe('isCommonPassword', () => {
  it.each(['password123', 'Password123', 'qwertyuiop', 'iloveyou1', '1qaz2wsx'])(
    'finds %p on the list of breached passwords',
    (password) => {
      expect(isCommonPassword(password)).toBe(true);
    },
  );

  it.each(['correct horse battery', 'beach-clean-up-2026', 'a brand new passphrase'])(
    'does not find %p, which the tests and the demo use',
    (password) => {
      expect(isCommonPassword(password)).toBe(false);
    },
  );
});
