import { createHash, randomBytes } from 'node:crypto';

/**
 * An opaque bearer secret (refresh or password-reset token) and the SHA-256 hash that is all
 * the database keeps: a leaked table grants nothing.
 */
export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
