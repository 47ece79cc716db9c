import { periodAt, periodIdAt } from './leaderboard-period';

const at = (iso: string) => new Date(iso);
const hoursOf = ({ startsAt, nextResetAt }: ReturnType<typeof periodAt>) =>
  ((nextResetAt?.getTime() ?? NaN) - (startsAt?.getTime() ?? NaN)) / 3_600_000;
const utc = (period: ReturnType<typeof periodAt>) => ({
  id: period.id,
  startsAt: period.startsAt?.toISOString(),
  nextResetAt: period.nextResetAt?.toISOString(),
});

describe('periodAt: the leaderboard period an instant falls in, by the tenant’s calendar', () => {
  describe('across the daylight-saving changes of Europe/Stockholm', () => {
    it('makes the week and month of the spring change an hour shorter', () => {
      // Sunday 28 March 2027, 03:30 CEST, an hour after the clocks went forward.
      const week = periodAt('week', at('2027-03-28T01:30:00Z'), 'Europe/Stockholm');
      expect(utc(week)).toEqual({
        id: '2027-W12',
        startsAt: '2027-03-21T23:00:00.000Z',
        nextResetAt: '2027-03-28T22:00:00.000Z',
      });
      expect(hoursOf(week)).toBe(167);
      const month = periodAt('month', at('2027-03-28T01:30:00Z'), 'Europe/Stockholm');
      expect(utc(month)).toEqual({
        id: '2027-03',
        startsAt: '2027-02-28T23:00:00.000Z',
        nextResetAt: '2027-03-31T22:00:00.000Z',
      });
    });

    it('puts both 02:30 of the autumn change in one week, an hour longer', () => {
      const first = periodAt('week', at('2027-10-31T00:30:00Z'), 'Europe/Stockholm');
      const second = periodAt('week', at('2027-10-31T01:30:00Z'), 'Europe/Stockholm');
      expect(second).toEqual(first);
      expect(utc(first)).toEqual({
        id: '2027-W43',
        startsAt: '2027-10-24T22:00:00.000Z',
        nextResetAt: '2027-10-31T23:00:00.000Z',
      });
      expect(hoursOf(first)).toBe(169);
    });

    it('starts the next week at local midnight after the change, not 24 × 7 hours later', () => {
      const next = periodAt('week', at('2027-03-28T22:00:00Z'), 'Europe/Stockholm');
      expect(utc(next).id).toBe('2027-W13');
      expect(utc(next).startsAt).toBe('2027-03-28T22:00:00.000Z');
    });
  });

  describe('an ISO week that spans New Year', () => {
    it('names New Year’s Day 2027 (a Friday) by the week-year 2026, week 53', () => {
      const friday = at('2027-01-01T12:00:00Z');
      expect(utc(periodAt('week', friday, 'Europe/Lisbon'))).toEqual({
        id: '2026-W53',
        startsAt: '2026-12-28T00:00:00.000Z',
        nextResetAt: '2027-01-04T00:00:00.000Z',
      });
      expect(periodAt('month', friday, 'Europe/Lisbon').id).toBe('2027-01');
      expect(periodAt('year', friday, 'Europe/Lisbon').id).toBe('2027');
    });

    it('names 31 December 2024 (a Tuesday) by the week-year 2025, week 1', () => {
      const week = periodAt('week', at('2024-12-31T12:00:00Z'), 'Europe/Lisbon');
      expect(week.id).toBe('2025-W01');
      expect(week.startsAt?.toISOString()).toBe('2024-12-30T00:00:00.000Z');
    });
  });

  describe('where UTC is still in the previous month', () => {
    it('puts 22:30 UTC on 31 March in April for a tenant in Stockholm', () => {
      const month = periodAt('month', at('2027-03-31T22:30:00Z'), 'Europe/Stockholm');
      expect(utc(month)).toEqual({
        id: '2027-04',
        startsAt: '2027-03-31T22:00:00.000Z',
        nextResetAt: '2027-04-30T22:00:00.000Z',
      });
      expect(periodAt('month', at('2027-03-31T22:30:00Z'), 'UTC').id).toBe('2027-03');
    });

    it('puts noon UTC on New Year’s Eve in the new year for a tenant in Auckland', () => {
      const year = periodAt('year', at('2026-12-31T12:00:00Z'), 'Pacific/Auckland');
      expect(utc(year)).toEqual({
        id: '2027',
        startsAt: '2026-12-31T11:00:00.000Z',
        nextResetAt: '2027-12-31T11:00:00.000Z',
      });
    });
  });

  it('counts a period’s first instant in it, and its reset in the next', () => {
    const start = at('2027-02-28T23:00:00Z');
    expect(periodAt('month', start, 'Europe/Stockholm').id).toBe('2027-03');
    expect(periodAt('month', new Date(start.getTime() - 1), 'Europe/Stockholm').id).toBe('2027-02');
  });

  it('has one all-time period that never resets', () => {
    expect(periodAt('all', at('2027-03-28T01:30:00Z'), 'Europe/Stockholm')).toEqual({
      kind: 'all',
      id: 'all',
      startsAt: null,
      nextResetAt: null,
    });
  });

  it('refuses a time zone it does not know', () => {
    expect(() => periodAt('week', at('2027-03-28T01:30:00Z'), 'Mars/Olympus_Mons')).toThrow(
      RangeError,
    );
  });
});

describe('periodIdAt: the id periodAt gives, remembering the last period of each zone and kind', () => {
  it('agrees with periodAt over a year, at each reset and the instant before it, in any order', () => {
    const start = Date.parse('2026-12-20T00:00:00Z');
    // Every 5 hours for 400 days, then in a fixed shuffled order.
    const instants = Array.from({ length: (400 * 24) / 5 }, (_, i) => start + i * 5 * 3_600_000);
    let seed = 5;
    const shuffled = [...instants].sort(() => ((seed = (seed * 48271) % 2147483647) % 3) - 1);
    const expectSame = (kind: 'week' | 'month' | 'year', time: number, zone: string) => {
      const instant = new Date(time);
      const id = periodIdAt(kind, instant, zone);
      const expected = periodAt(kind, instant, zone);
      if (id !== expected.id) expect({ zone, kind, instant, id }).toEqual({ ...expected, zone });
      return expected;
    };
    for (const zone of ['Europe/Stockholm', 'Pacific/Auckland', 'America/Sao_Paulo']) {
      for (const kind of ['week', 'month', 'year'] as const) {
        for (const time of instants) {
          const reset = expectSame(kind, time, zone).nextResetAt?.getTime() ?? NaN;
          expectSame(kind, reset - 1, zone);
          expectSame(kind, reset, zone);
        }
        for (const time of shuffled) expectSame(kind, time, zone);
      }
    }
    expect(periodIdAt('all', new Date(start), 'Europe/Stockholm')).toBe('all');
  });

  it('refuses a time zone it does not know, as periodAt does', () => {
    expect(() => periodIdAt('month', at('2027-03-28T01:30:00Z'), 'Mars/Olympus_Mons')).toThrow(
      RangeError,
    );
  });
});
