import { normalizeEmail } from '@citypoints/contracts';
import { createHash } from 'node:crypto';

/**
 * Names an account in a Redis key without its e-mail address: the SHA-256 (base64url) of the
 * address as identity compares it (normalizeEmail), so `Ana@Example.org ` and
 * `ana@example.org` are one account.
 */
export function accountHash(email: string): string {
  return createHash('sha256').update(normalizeEmail(email)).digest('base64url');
}
