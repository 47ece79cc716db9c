import { resetTokenExpiry, resetTokenUsable } from './reset-verdict';

describe('resetTokenUsable', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  const expiresAt = resetTokenExpiry(now);

  it('lets a token be used once within 30 minutes', () => {
    expect(expiresAt.toISOString()).toBe('2026-11-28T12:30:00.000Z');
    expect(resetTokenUsable({ expiresAt, usedAt: null }, now)).toBe(true);
    expect(resetTokenUsable({ expiresAt, usedAt: now }, now)).toBe(false);
  });

  it('refuses a token from its expiry on', () => {
    expect(resetTokenUsable({ expiresAt, usedAt: null }, new Date(expiresAt.getTime() - 1))).toBe(
      true,
    );
    expect(resetTokenUsable({ expiresAt, usedAt: null }, expiresAt)).toBe(false);
  });
});
