import { occurrenceOf } from './occurrence-of';
import { Schedule } from './schedule';

const LISBON = 'Europe/Lisbon';
const STOCKHOLM = 'Europe/Stockholm';

const nightWalk: Schedule = { kind: 'weekly', hours: [{ day: 6, open: '22:00', close: '02:00' }] };

function occurrenceAt(schedule: Schedule, instant: string, timeZone = LISBON) {
  return occurrenceOf(schedule, new Date(instant), timeZone);
}

describe('occurrenceOf', () => {
  it('an always schedule has no occurrences', () => {
    expect(occurrenceAt({ kind: 'always' }, '2027-01-04T10:00:00Z')).toBeUndefined();
  });

  it('an event is one occurrence, named by its start, and none outside it', () => {
    const event: Schedule = { kind: 'event', start: '2027-01-08T10:00', end: '2027-01-10T18:00' };
    expect(occurrenceAt(event, '2027-01-08T10:00:00Z')).toBe('2027-01-08T10:00');
    expect(occurrenceAt(event, '2027-01-10T17:59:00Z')).toBe('2027-01-08T10:00');
    expect(occurrenceAt(event, '2027-01-10T18:00:00Z')).toBeUndefined();
  });

  it('a night walk keeps the date it opened on after midnight, across the Lisbon gap', () => {
    expect(occurrenceAt(nightWalk, '2027-03-27T22:00:00Z')).toBe('2027-03-27T22:00');
    expect(occurrenceAt(nightWalk, '2027-03-28T00:59:00Z')).toBe('2027-03-27T22:00');
    // A week later, in summer time, 22:00 local is 21:00 UTC.
    expect(occurrenceAt(nightWalk, '2027-04-03T20:59:00Z')).toBeUndefined();
    expect(occurrenceAt(nightWalk, '2027-04-03T21:00:00Z')).toBe('2027-04-03T22:00');
  });

  it('both passes through the hour Stockholm repeats are one occurrence', () => {
    const twice: Schedule = { kind: 'weekly', hours: [{ day: 7, open: '02:00', close: '03:00' }] };
    expect(occurrenceAt(twice, '2027-10-31T00:30:00Z', STOCKHOLM)).toBe('2027-10-31T02:00');
    expect(occurrenceAt(twice, '2027-10-31T01:30:00Z', STOCKHOLM)).toBe('2027-10-31T02:00');
  });

  it('a window an exception sets is named by its own opening time', () => {
    const moved: Schedule = {
      ...nightWalk,
      exceptions: [{ date: '2027-01-09', open: '20:00', close: '23:00' }],
    };
    expect(occurrenceAt(moved, '2027-01-09T20:30:00Z')).toBe('2027-01-09T20:00');
  });

  it('is undefined while a weekly schedule is closed', () => {
    expect(occurrenceAt(nightWalk, '2027-01-09T12:00:00Z')).toBeUndefined();
  });
});
