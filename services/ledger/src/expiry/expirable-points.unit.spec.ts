import { expirablePoints, expiryCutoff } from './expirable-points';

describe('expiryCutoff', () => {
  it.each([
    ['2026-11-29T15:30:00Z', 12, '2025-11-29T00:00:00.000Z'],
    ['2026-11-29T00:00:00Z', 1, '2026-10-29T00:00:00.000Z'],
    ['2026-03-31T08:00:00Z', 1, '2026-02-28T00:00:00.000Z'],
    ['2028-03-31T08:00:00Z', 1, '2028-02-29T00:00:00.000Z'],
    ['2026-01-15T08:00:00Z', 3, '2025-10-15T00:00:00.000Z'],
    ['2026-05-31T08:00:00Z', 24, '2024-05-31T00:00:00.000Z'],
  ])('in UTC, from %s, %d months back is %s', (now, months, cutoff) => {
    expect(expiryCutoff(new Date(now), months, 'UTC').toJSDate().toISOString()).toBe(cutoff);
  });

  describe('by the local calendar of a tenant in Pacific/Auckland (UTC+13 in summer)', () => {
    const cutoff = (now: string) => expiryCutoff(new Date(now), 1, 'Pacific/Auckland');
    // Earned at 00:30 local on 1 February: 11:30 UTC on 31 January.
    const earned = new Date('2026-01-31T11:30:00Z');

    it('keeps points earned on 1 February at 14:00 local on 1 March', () => {
      const march1 = cutoff('2026-03-01T01:00:00Z');
      expect(march1.toISO()).toBe('2026-02-01T00:00:00.000+13:00');
      expect(earned < march1.toJSDate()).toBe(false);
    });

    it('expires them from the first moment of 2 March local', () => {
      const march2 = cutoff('2026-03-01T11:00:00Z');
      expect(march2.toISO()).toBe('2026-02-02T00:00:00.000+13:00');
      expect(earned < march2.toJSDate()).toBe(true);
      expect(cutoff('2026-03-01T10:59:59Z').toISODate()).toBe('2026-02-01');
    });
  });

  it('counts whole local days across a change of clocks', () => {
    // Stockholm moves to summer time on 29 March 2026; 12:00 local on 30 March is 10:00 UTC.
    expect(expiryCutoff(new Date('2026-03-30T10:00:00Z'), 1, 'Europe/Stockholm').toISO()).toBe(
      '2026-02-28T00:00:00.000+01:00',
    );
  });

  it('refuses an unknown time zone', () => {
    expect(() => expiryCutoff(new Date(), 1, 'Mars/Olympus')).toThrow(
      'unknown time zone "Mars/Olympus"',
    );
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
