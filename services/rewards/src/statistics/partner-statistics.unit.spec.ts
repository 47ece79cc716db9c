import { partnerStatistics } from './partner-statistics';

describe('partnerStatistics', () => {
  const span = { from: '2026-11-01', to: '2026-11-30' };
  const bus = { offerId: 'o-bus', title: { en: 'Bus day pass' } };
  const bike = { offerId: 'o-bike', title: { en: 'Bike hire' } };
  const row = (
    offerId: string,
    week: string,
    issued: number,
    used = 0,
    expired = 0,
    cancelled = 0,
  ) => ({
    offerId,
    week,
    issued,
    used,
    expired,
    cancelled,
  });

  it('lists every offer, its weeks in order, and totals per offer and in all', () => {
    const stats = partnerStatistics(
      'p-1',
      span,
      [bus, bike],
      [row('o-bus', '2026-W48', 3, 1, 0, 1), row('o-bus', '2026-W45', 2, 2, 1, 0)],
    );
    expect(stats).toEqual({
      partnerId: 'p-1',
      ...span,
      offers: [
        {
          ...bus,
          weeks: [
            { week: '2026-W45', issued: 2, used: 2, expired: 1, cancelled: 0 },
            { week: '2026-W48', issued: 3, used: 1, expired: 0, cancelled: 1 },
          ],
          totals: { issued: 5, used: 3, expired: 1, cancelled: 1 },
        },
        { ...bike, weeks: [], totals: { issued: 0, used: 0, expired: 0, cancelled: 0 } },
      ],
      totals: { issued: 5, used: 3, expired: 1, cancelled: 1 },
    });
  });

  it('leaves out counts of offers that are not the partner’s', () => {
    const stats = partnerStatistics('p-1', span, [bike], [row('o-bus', '2026-W48', 3)]);
    expect(stats.totals.issued).toBe(0);
  });
});
