import { previousPeriodId } from './past-period';

describe('previousPeriodId: the period before a running one, on the town’s calendar', () => {
  it.each([
    ['week', '2026-11-30T00:00:00.000Z', 'Europe/Lisbon', '2026-W48'],
    // Monday 4 January 2027 in Stockholm began on Sunday at 23:00 UTC: the week before is
    // 2026's 53rd.
    ['week', '2027-01-03T23:00:00.000Z', 'Europe/Stockholm', '2026-W53'],
    ['week', '2026-01-05T00:00:00.000Z', 'UTC', '2026-W01'],
    ['week', '2025-01-06T00:00:00.000Z', 'UTC', '2025-W01'],
    ['month', '2026-12-01T00:00:00.000Z', 'Europe/Lisbon', '2026-11'],
    ['month', '2026-11-30T23:00:00.000Z', 'Europe/Stockholm', '2026-11'],
    ['year', '2026-12-31T23:00:00.000Z', 'Europe/Stockholm', '2026'],
  ] as const)('%s starting %s in %s follows %s', (kind, startsAt, zone, expected) => {
    expect(previousPeriodId(kind, startsAt, zone)).toBe(expected);
  });
});
