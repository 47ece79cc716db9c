import { hashSecretToken, newSecretToken } from './secret-token';

describe('secret tokens', () => {
  it('are 256 random bits, stored as their SHA-256 hash', () => {
    const { token, hash } = newSecretToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
    expect(hashSecretToken(token)).toBe(hash);
    expect(newSecretToken().token).not.toBe(token);
  });
});
