import { hashPassword, passwordMatches } from './password-hash';

describe('password hashes', () => {
  it('are argon2id, salted, and match only their password', async () => {
    const first = await hashPassword('correct horse');
    const second = await hashPassword('correct horse');
    expect(first).toMatch(/^\$argon2id\$/);
    expect(first).not.toBe(second);
    expect(await passwordMatches(first, 'correct horse')).toBe(true);
    expect(await passwordMatches(first, 'Correct horse')).toBe(false);
  });

  it('never match for a person without a password', async () => {
    expect(await passwordMatches(null, 'no person has this password')).toBe(false);
    expect(await passwordMatches(undefined, 'anything at all')).toBe(false);
  });
});
