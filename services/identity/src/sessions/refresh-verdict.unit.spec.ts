import { judgeRefresh, refreshTokenExpiry } from './refresh-verdict';

describe('judgeRefresh', () => {
  const now = new Date('2026-11-28T12:00:00Z');
  const fresh = { expiresAt: refreshTokenExpiry(now), rotatedAt: null, revokedAt: null };
  const secondsAgo = (seconds: number) => new Date(now.getTime() - seconds * 1000);

  it('rotates a current token', () => {
    expect(judgeRefresh(fresh, now)).toBe('rotate');
  });

  it('gives a token presented again within 30 seconds of its rotation grace', () => {
    expect(judgeRefresh({ ...fresh, rotatedAt: now }, now)).toBe('grace');
    expect(judgeRefresh({ ...fresh, rotatedAt: secondsAgo(29.999) }, now)).toBe('grace');
  });

  it('calls a token presented 30 seconds or more after its rotation a reuse', () => {
    expect(judgeRefresh({ ...fresh, rotatedAt: secondsAgo(30) }, now)).toBe('reused');
    expect(judgeRefresh({ ...fresh, rotatedAt: secondsAgo(3600) }, now)).toBe('reused');
  });

  it('refuses a revoked token, even one rotated within the grace window', () => {
    expect(judgeRefresh({ ...fresh, revokedAt: now }, now)).toBe('revoked');
    expect(judgeRefresh({ ...fresh, rotatedAt: now, revokedAt: now }, now)).toBe('revoked');
  });

  it('refuses a token from its expiry on, 30 days after issue', () => {
    const expiresAt = refreshTokenExpiry(now);
    expect(expiresAt.toISOString()).toBe('2026-12-28T12:00:00.000Z');
    expect(judgeRefresh(fresh, new Date(expiresAt.getTime() - 1))).toBe('rotate');
    expect(judgeRefresh(fresh, expiresAt)).toBe('expired');
  });
});
