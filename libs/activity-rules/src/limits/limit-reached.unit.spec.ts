import { ActivityLimits, CheckInTime } from './activity-limits';
import { limitReached } from './limit-reached';

const LISBON = 'Europe/Lisbon';
const STOCKHOLM = 'Europe/Stockholm';

const checkIn = (at: string, occurrence?: string): CheckInTime => ({
  at: new Date(at),
  occurrence,
});
const twiceADay: ActivityLimits = { perPeriod: { count: 2, period: 'day' } };
const onceADay: ActivityLimits = { perPeriod: { count: 1, period: 'day' } };

describe('limitReached', () => {
  it('allows any check-in without limits', () => {
    const previous = [checkIn('2027-01-04T10:00:00Z'), checkIn('2027-01-04T10:01:00Z')];
    expect(limitReached({}, previous, checkIn('2027-01-04T10:02:00Z'), LISBON)).toBeUndefined();
  });

  describe('per period', () => {
    it('refuses the third check-in of a day allowing two, until the next local midnight', () => {
      const previous = [checkIn('2027-01-04T08:00:00Z'), checkIn('2027-01-04T12:00:00Z')];
      expect(
        limitReached(twiceADay, previous.slice(0, 1), checkIn('2027-01-04T12:00:00Z'), LISBON),
      ).toBeUndefined();
      expect(limitReached(twiceADay, previous, checkIn('2027-01-04T20:00:00Z'), LISBON)).toEqual({
        reason: 'limit-reached',
        retryAt: new Date('2027-01-05T00:00:00Z'),
      });
      expect(
        limitReached(twiceADay, previous, checkIn('2027-01-05T00:00:00Z'), LISBON),
      ).toBeUndefined();
    });

    it('counts the day Stockholm springs forward as 23 hours', () => {
      const previous = [checkIn('2027-03-27T23:30:00Z')]; // 00:30 on the 28th, winter time
      expect(limitReached(onceADay, previous, checkIn('2027-03-28T21:59:00Z'), STOCKHOLM)).toEqual({
        reason: 'limit-reached',
        retryAt: new Date('2027-03-28T22:00:00Z'), // midnight, summer time
      });
      // 23 hours later it is already the 29th.
      expect(
        limitReached(onceADay, previous, checkIn('2027-03-28T22:30:00Z'), STOCKHOLM),
      ).toBeUndefined();
    });

    it('counts the day Stockholm falls back as 25 hours', () => {
      const previous = [checkIn('2027-10-30T22:30:00Z')]; // 00:30 on the 31st, summer time
      // 24 hours later it is 23:30 on the 31st, winter time: still the same day.
      expect(limitReached(onceADay, previous, checkIn('2027-10-31T22:30:00Z'), STOCKHOLM)).toEqual({
        reason: 'limit-reached',
        retryAt: new Date('2027-10-31T23:00:00Z'),
      });
      expect(
        limitReached(onceADay, previous, checkIn('2027-10-31T23:00:00Z'), STOCKHOLM),
      ).toBeUndefined();
    });

    it('counts ISO weeks from Monday in the tenant zone', () => {
      const onceAWeek: ActivityLimits = { perPeriod: { count: 1, period: 'week' } };
      const monday = [checkIn('2027-03-22T00:00:00Z')];
      expect(limitReached(onceAWeek, monday, checkIn('2027-03-28T22:59:00Z'), LISBON)).toEqual({
        reason: 'limit-reached',
        retryAt: new Date('2027-03-28T23:00:00Z'), // Monday 00:00, summer time
      });
      const sunday = [checkIn('2027-03-21T23:59:00Z')];
      expect(
        limitReached(onceAWeek, sunday, checkIn('2027-03-22T00:00:00Z'), LISBON),
      ).toBeUndefined();
    });

    it('counts calendar months in the tenant zone', () => {
      const onceAMonth: ActivityLimits = { perPeriod: { count: 1, period: 'month' } };
      const previous = [checkIn('2027-09-30T22:00:00Z')]; // 1 October, 00:00 in Stockholm
      expect(
        limitReached(onceAMonth, previous, checkIn('2027-10-31T22:59:00Z'), STOCKHOLM),
      ).toEqual({
        reason: 'limit-reached',
        retryAt: new Date('2027-10-31T23:00:00Z'),
      });
      expect(
        limitReached(onceAMonth, previous, checkIn('2027-10-31T23:00:00Z'), STOCKHOLM),
      ).toBeUndefined();
    });
  });

  describe('cooldown', () => {
    const halfHour: ActivityLimits = { cooldownMinutes: 30 };
    const previous = [checkIn('2027-01-04T09:00:00Z'), checkIn('2027-01-04T10:00:00Z')];

    it('refuses a check-in until the cooldown after the latest one has passed', () => {
      expect(limitReached(halfHour, previous, checkIn('2027-01-04T10:29:59Z'), LISBON)).toEqual({
        reason: 'cooldown',
        retryAt: new Date('2027-01-04T10:30:00Z'),
      });
      expect(
        limitReached(halfHour, previous, checkIn('2027-01-04T10:30:00Z'), LISBON),
      ).toBeUndefined();
    });

    it('counts elapsed minutes, not the clock, across the Lisbon gap', () => {
      const hour: ActivityLimits = { cooldownMinutes: 60 };
      // 00:30 winter time, then 01:45 summer time: the clock moved 75 minutes, time 45.
      const refusal = limitReached(
        hour,
        [checkIn('2027-03-28T00:30:00Z')],
        checkIn('2027-03-28T00:45:00Z'),
        LISBON,
      );
      expect(refusal).toEqual({ reason: 'cooldown', retryAt: new Date('2027-03-28T01:30:00Z') });
    });

    it('a cooldown of 0 minutes limits nothing', () => {
      expect(
        limitReached({ cooldownMinutes: 0 }, previous, checkIn('2027-01-04T10:00:00Z'), LISBON),
      ).toBeUndefined();
    });
  });

  describe('once per occurrence', () => {
    const once: ActivityLimits = { oncePerOccurrence: true, cooldownMinutes: 10 };
    const previous = [checkIn('2027-01-09T22:30:00Z', '2027-01-09T22:00')];

    it('refuses a second check-in in the same occurrence, with no time to retry', () => {
      expect(
        limitReached(once, previous, checkIn('2027-01-10T01:00:00Z', '2027-01-09T22:00'), LISBON),
      ).toEqual({
        reason: 'once-per-occurrence',
      });
    });

    it('allows the next occurrence, and a scan outside any occurrence', () => {
      expect(
        limitReached(once, previous, checkIn('2027-01-16T22:30:00Z', '2027-01-16T22:00'), LISBON),
      ).toBeUndefined();
      expect(limitReached(once, previous, checkIn('2027-01-10T01:00:00Z'), LISBON)).toBeUndefined();
    });
  });

  it('when the day is used up and the cooldown ends later, answers with the cooldown', () => {
    const limits: ActivityLimits = { ...onceADay, cooldownMinutes: 48 * 60 };
    const previous = [checkIn('2027-01-04T10:00:00Z')];
    expect(limitReached(limits, previous, checkIn('2027-01-04T12:00:00Z'), LISBON)).toEqual({
      reason: 'cooldown',
      retryAt: new Date('2027-01-06T10:00:00Z'),
    });
  });

  it('throws on an unknown time zone', () => {
    expect(() =>
      limitReached(onceADay, [], checkIn('2027-01-04T10:00:00Z'), 'Mars/Olympus'),
    ).toThrow('unknown time zone "Mars/Olympus"');
  });
});
