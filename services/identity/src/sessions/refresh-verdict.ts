export const REFRESH_TOKEN_DAYS = 30;

export interface RefreshTokenState {
  expiresAt: Date;
  rotatedAt: Date | null;
  revokedAt: Date | null;
}

/**
 * What presenting a refresh token leads to. A token that was already exchanged for a new one
 * can only be presented again by a copy, so the whole family it belongs to is revoked: the
 * thief and the rightful holder both have to sign in again.
 */
export type RefreshVerdict = 'rotate' | 'reused' | 'revoked' | 'expired';

export function judgeRefresh(token: RefreshTokenState, now: Date): RefreshVerdict {
  if (token.revokedAt) return 'revoked';
  if (token.rotatedAt) return 'reused';
  if (token.expiresAt.getTime() <= now.getTime()) return 'expired';
  return 'rotate';
}

export function refreshTokenExpiry(now: Date): Date {
  return new Date(now.getTime() + REFRESH_TOKEN_DAYS * 24 * 60 * 60 * 1000);
}
