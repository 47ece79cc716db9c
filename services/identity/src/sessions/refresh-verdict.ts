export const REFRESH_TOKEN_DAYS = 30;

/**
 * Seconds after a refresh token was exchanged in which presenting it again still counts as the
 * rightful holder: two tabs (or a retry after a lost answer) refreshing with the same token at
 * the same moment. Short, so that a stolen copy used later still revokes the family.
 */
export const REFRESH_GRACE_SECONDS = 30;

export interface RefreshTokenState {
  expiresAt: Date;
  rotatedAt: Date | null;
  revokedAt: Date | null;
}

/**
 * What presenting a refresh token leads to:
 * - `rotate`: exchange it for its successor;
 * - `grace`: it was exchanged less than REFRESH_GRACE_SECONDS ago: answer the same successor
 *   again, revoking nothing;
 * - `reused`: it was exchanged longer ago, so only a copy can present it: the whole family is
 *   revoked, and the thief and the rightful holder both have to sign in again (OAuth 2.0
 *   Security BCP, RFC 9700 §4.14.2);
 * - `revoked`, `expired`: refused.
 */
export type RefreshVerdict = 'rotate' | 'grace' | 'reused' | 'revoked' | 'expired';

export function judgeRefresh(token: RefreshTokenState, now: Date): RefreshVerdict {
  if (token.revokedAt) return 'revoked';
  if (token.rotatedAt) {
    const sinceRotation = now.getTime() - token.rotatedAt.getTime();
    return sinceRotation < REFRESH_GRACE_SECONDS * 1000 ? 'grace' : 'reused';
  }
  if (token.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'rotate';
}

export function refreshTokenExpiry(now: Date): Date {
  return new Date(now.getTime() + REFRESH_TOKEN_DAYS * 24 * 60 * 60 * 1000);
}
