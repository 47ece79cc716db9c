import { activityOf } from '../testing/activity-of';
import { assertActivityFields } from './assert-activity-fields';

describe('assertActivityFields', () => {
  it('accepts a valid activity', () => {
    expect(() => assertActivityFields(activityOf())).not.toThrow();
  });

  it.each([
    [
      'an event ending before it starts',
      { schedule: { kind: 'event' as const, start: '2027-05-01T12:00', end: '2027-05-01T09:00' } },
      'schedule.end',
    ],
    ['a radius of 0', { place: { latitude: 38.7, longitude: -9.4, radius: 0 } }, 'place.radius'],
    [
      'a limit of 0 a day',
      { limits: { perPeriod: { count: 0, period: 'day' as const } } },
      'limits.perPeriod.count',
    ],
    ['QR and GPS without a place', { place: undefined }, 'place'],
  ])('refuses %s, naming the field', (_case, change, field) => {
    expect(() => assertActivityFields(activityOf(change))).toThrow(
      expect.objectContaining({ kind: 'invalid', field }),
    );
  });
});
