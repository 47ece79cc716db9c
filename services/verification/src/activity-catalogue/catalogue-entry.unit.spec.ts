import { ActivityPublished, createEvent, DomainError } from '@citypoints/contracts';
import { activitySnapshot } from '../testing/activity-snapshot';
import { catalogueEntryOf } from './catalogue-entry';

describe('catalogueEntryOf', () => {
  const event = (change = {}) =>
    createEvent(ActivityPublished, activitySnapshot(change), {
      source: '/citypoints/activities',
      tenantid: 'cascais',
    });

  it("takes the activity of the event's tenant, timed by the event", () => {
    const published = event();
    expect(catalogueEntryOf(published)).toEqual({
      activity: { ...published.data, tenantId: 'cascais' },
      changedAt: published.time,
    });
  });

  it('refuses a schedule that ends before it starts, naming the field', () => {
    const published = event();
    published.data.schedule = { kind: 'event', start: '2027-05-01T12:00', end: '2027-05-01T09:00' };
    expect(() => catalogueEntryOf(published)).toThrow('schedule.end must be after schedule.start');
  });

  it('refuses limits that are not ActivityLimits', () => {
    const published = event();
    published.data.limits = { perPeriod: { count: 0, period: 'day' } };
    expect(() => catalogueEntryOf(published)).toThrow(DomainError);
  });
});
