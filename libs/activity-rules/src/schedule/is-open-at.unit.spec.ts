import { isOpenAt } from './is-open-at';
import { Schedule } from './schedule';

const LISBON = 'Europe/Lisbon';
const STOCKHOLM = 'Europe/Stockholm';

// In January Lisbon keeps UTC, so its wall clock reads as the instants below.
const officeHours: Schedule = {
  kind: 'weekly',
  hours: [{ day: 1, open: '09:00', close: '17:00' }],
};
const nightWalk: Schedule = {
  kind: 'weekly',
  hours: [
    { day: 5, open: '22:00', close: '02:00' },
    { day: 6, open: '22:00', close: '02:00' },
  ],
};

function openAt(schedule: Schedule, instant: string, timeZone = LISBON): boolean {
  return isOpenAt(schedule, new Date(instant), timeZone);
}

describe('isOpenAt', () => {
  it('an always schedule is open at any instant', () => {
    expect(openAt({ kind: 'always' }, '2027-03-28T01:30:00Z')).toBe(true);
  });

  it('weekly hours open at the opening minute and close at the closing minute', () => {
    expect(openAt(officeHours, '2027-01-04T08:59:59Z')).toBe(false);
    expect(openAt(officeHours, '2027-01-04T09:00:00Z')).toBe(true);
    expect(openAt(officeHours, '2027-01-04T16:59:59Z')).toBe(true);
    expect(openAt(officeHours, '2027-01-04T17:00:00Z')).toBe(false);
    expect(openAt(officeHours, '2027-01-05T10:00:00Z')).toBe(false);
  });

  it('a window that closes before it opens runs past midnight into the next day', () => {
    expect(openAt(nightWalk, '2027-01-09T23:30:00Z')).toBe(true);
    expect(openAt(nightWalk, '2027-01-10T01:59:00Z')).toBe(true);
    expect(openAt(nightWalk, '2027-01-10T02:00:00Z')).toBe(false);
    // Thursday night has no walk, so Friday small hours are closed.
    expect(openAt(nightWalk, '2027-01-08T01:00:00Z')).toBe(false);
  });

  it("a window closing at '24:00' is open until the next day begins", () => {
    const evening: Schedule = {
      kind: 'weekly',
      hours: [{ day: 1, open: '18:00', close: '24:00' }],
    };
    expect(openAt(evening, '2027-01-04T23:59:59Z')).toBe(true);
    expect(openAt(evening, '2027-01-05T00:00:00Z')).toBe(false);
  });

  describe('at the daylight-saving changes', () => {
    it('a night walk on the night Lisbon springs forward (01:00 → 02:00) lasts three hours', () => {
      expect(openAt(nightWalk, '2027-03-27T22:00:00Z')).toBe(true);
      expect(openAt(nightWalk, '2027-03-28T00:59:00Z')).toBe(true); // 01:59 summer time
      expect(openAt(nightWalk, '2027-03-28T01:00:00Z')).toBe(false); // 02:00 summer time
    });

    it('a window opening at a time Lisbon skips opens as much later as the gap is long', () => {
      const early: Schedule = {
        kind: 'weekly',
        hours: [{ day: 7, open: '01:30', close: '03:00' }],
      };
      expect(openAt(early, '2027-03-28T01:15:00Z')).toBe(false); // 02:15 summer time
      expect(openAt(early, '2027-03-28T01:30:00Z')).toBe(true); // 02:30 summer time
      expect(openAt(early, '2027-03-28T01:59:00Z')).toBe(true);
      expect(openAt(early, '2027-03-28T02:00:00Z')).toBe(false); // 03:00 summer time
    });

    it('a window over the hour Stockholm repeats (03:00 → 02:00) is open both times', () => {
      const twice: Schedule = {
        kind: 'weekly',
        hours: [{ day: 7, open: '02:00', close: '03:00' }],
      };
      expect(openAt(twice, '2027-10-30T23:59:00Z', STOCKHOLM)).toBe(false); // 01:59 summer time
      expect(openAt(twice, '2027-10-31T00:30:00Z', STOCKHOLM)).toBe(true); // 02:30 summer time
      expect(openAt(twice, '2027-10-31T01:30:00Z', STOCKHOLM)).toBe(true); // 02:30 winter time
      expect(openAt(twice, '2027-10-31T02:00:00Z', STOCKHOLM)).toBe(false); // 03:00 winter time
    });

    it('a night walk closing at a repeated time closes the first time the clock shows it', () => {
      const walk: Schedule = { kind: 'weekly', hours: [{ day: 6, open: '22:00', close: '02:30' }] };
      expect(openAt(walk, '2027-10-31T00:29:00Z', STOCKHOLM)).toBe(true); // 02:29 summer time
      expect(openAt(walk, '2027-10-31T00:30:00Z', STOCKHOLM)).toBe(false); // 02:30 summer time
      expect(openAt(walk, '2027-10-31T01:15:00Z', STOCKHOLM)).toBe(false); // 02:15 winter time
    });

    it('an event across the Lisbon gap is open for the time that really passes', () => {
      const event: Schedule = { kind: 'event', start: '2027-03-28T00:30', end: '2027-03-28T03:00' };
      expect(openAt(event, '2027-03-28T00:29:00Z')).toBe(false);
      expect(openAt(event, '2027-03-28T00:30:00Z')).toBe(true);
      expect(openAt(event, '2027-03-28T01:59:00Z')).toBe(true); // 02:59 summer time
      expect(openAt(event, '2027-03-28T02:00:00Z')).toBe(false); // 03:00 summer time
    });
  });

  describe('exceptions', () => {
    it('a closed date closes its own windows but not the walk that began the evening before', () => {
      const closed: Schedule = { ...nightWalk, exceptions: [{ date: '2027-01-09', closed: true }] };
      expect(openAt(closed, '2027-01-09T01:00:00Z')).toBe(true); // Friday's walk
      expect(openAt(closed, '2027-01-09T22:30:00Z')).toBe(false);
      expect(openAt(closed, '2027-01-10T01:00:00Z')).toBe(false);
    });

    it("a date with hours replaces that day's usual hours, and may open a usually closed day", () => {
      const changed: Schedule = {
        ...officeHours,
        exceptions: [
          { date: '2027-01-04', open: '12:00', close: '14:00' },
          { date: '2027-01-05', open: '10:00', close: '11:00' },
        ],
      };
      expect(openAt(changed, '2027-01-04T10:00:00Z')).toBe(false);
      expect(openAt(changed, '2027-01-04T12:30:00Z')).toBe(true);
      expect(openAt(changed, '2027-01-05T10:30:00Z')).toBe(true);
      expect(openAt(changed, '2027-01-11T10:00:00Z')).toBe(true); // the next Monday as usual
    });

    it('a closed date closes an always schedule for that local day in the tenant zone', () => {
      const always: Schedule = {
        kind: 'always',
        exceptions: [{ date: '2027-12-24', closed: true }],
      };
      expect(openAt(always, '2027-12-23T22:59:00Z', STOCKHOLM)).toBe(true);
      expect(openAt(always, '2027-12-23T23:00:00Z', STOCKHOLM)).toBe(false);
      expect(openAt(always, '2027-12-24T22:59:00Z', STOCKHOLM)).toBe(false);
      expect(openAt(always, '2027-12-24T23:00:00Z', STOCKHOLM)).toBe(true);
    });

    it('an exception narrows an event to its hours on that date only', () => {
      const festival: Schedule = {
        kind: 'event',
        start: '2027-01-08T10:00',
        end: '2027-01-10T18:00',
        exceptions: [{ date: '2027-01-09', open: '12:00', close: '14:00' }],
      };
      expect(openAt(festival, '2027-01-08T20:00:00Z')).toBe(true);
      expect(openAt(festival, '2027-01-09T10:00:00Z')).toBe(false);
      expect(openAt(festival, '2027-01-09T13:00:00Z')).toBe(true);
      expect(openAt(festival, '2027-01-10T17:00:00Z')).toBe(true);
      expect(openAt(festival, '2027-01-10T18:00:00Z')).toBe(false);
    });
  });

  it('throws on an unknown time zone', () => {
    expect(() => openAt(officeHours, '2027-01-04T10:00:00Z', 'Europe/Atlantis')).toThrow(
      'unknown time zone "Europe/Atlantis"',
    );
  });
});
