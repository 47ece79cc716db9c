export const RESET_TOKEN_MINUTES = 30;

export interface ResetTokenState {
  expiresAt: Date;
  usedAt: Date | null;
}

/** A reset token works once, within 30 minutes of the request. */
export function resetTokenUsable(token: ResetTokenState, now: Date): boolean {
  return token.usedAt === null && now.getTime() < token.expiresAt.getTime();
}

export function resetTokenExpiry(now: Date): Date {
  return new Date(now.getTime() + RESET_TOKEN_MINUTES * 60 * 1000);
}
