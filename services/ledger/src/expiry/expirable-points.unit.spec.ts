import { expirablePoints, expiryCutoff } from './expirable-points';

describe('expiryCutoff', () => {
  it.each([
    ['2026-11-29T15:30:00Z', 12, '2025-11-29T00:00:00.000Z'],
    ['2026-11-29T00:00:00Z', 1, '2026-10-29T00:00:00.000Z'],
    ['2026-03-31T08:00:00Z', 1, '2026-02-28T00:00:00.000Z'],
    ['2028-03-31T08:00:00Z', 1, '2028-02-29T00:00:00.000Z'],
    ['2026-01-15T08:00:00Z', 3, '2025-10-15T00:00:00.000Z'],
    ['2026-05-31T08:00:00Z', 24, '2024-05-31T00:00:00.000Z'],
  ])('from %s, %d months back is %s', (now, months, cutoff) => {
    expect(expiryCutoff(new Date(now), months).toISOString()).toBe(cutoff);
  });
});

describe('expirablePoints', () => {
  it('expires what old credits hold after every debit took from them first', () => {
    expect(expirablePoints(100, 30)).toBe(70);
  });

  it('expires nothing once the debits have used up the old credits', () => {
    expect(expirablePoints(100, 100)).toBe(0);
    expect(expirablePoints(100, 250)).toBe(0);
    expect(expirablePoints(0, 0)).toBe(0);
  });
});
