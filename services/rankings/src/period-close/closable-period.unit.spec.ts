import { closablePeriod } from './closable-period';

describe('closablePeriod: the period a closable id names, in the tenant calendar', () => {
  it('finds an ISO week spanning New Year, in the tenant time zone', () => {
    const week = closablePeriod('2026-W53', 'Europe/Stockholm');
    expect(week).toMatchObject({ kind: 'week', id: '2026-W53' });
    expect(week.startsAt.toISOString()).toBe('2026-12-27T23:00:00.000Z');
    expect(week.nextResetAt.toISOString()).toBe('2027-01-03T23:00:00.000Z');
  });

  it('finds a month and a year', () => {
    const month = closablePeriod('2027-03', 'America/Sao_Paulo');
    expect(month.startsAt.toISOString()).toBe('2027-03-01T03:00:00.000Z');
    expect(month.nextResetAt.toISOString()).toBe('2027-04-01T03:00:00.000Z');
    expect(closablePeriod('2027', 'UTC').nextResetAt.toISOString()).toBe(
      '2028-01-01T00:00:00.000Z',
    );
  });

  it.each(['all', '2027-W53', '2027-W00', '2027-13', '2027-00', '27', '2027-3', 'x2027'])(
    'refuses %s, naming the field period',
    (id) => {
      expect(() => closablePeriod(id, 'UTC')).toThrow(
        expect.objectContaining({ code: 'invalid-period', field: 'period' }),
      );
    },
  );
});
