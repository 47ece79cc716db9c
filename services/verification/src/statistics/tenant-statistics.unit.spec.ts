import { tenantStatistics } from './tenant-statistics';

describe('tenantStatistics', () => {
  const span = { from: '2026-11-23', to: '2026-12-06' };

  it('lists every week of the span, an empty one with zeros', () => {
    const statistics = tenantStatistics(span, 'Europe/Lisbon', [], []);
    expect(statistics).toEqual({
      ...span,
      timeZone: 'Europe/Lisbon',
      weeks: [
        { week: '2026-W48', participations: 0, categories: [], activeResidents: 0, impact: [] },
        { week: '2026-W49', participations: 0, categories: [], activeResidents: 0, impact: [] },
      ],
      totals: { participations: 0, categories: [], activeResidents: 0, impact: [] },
    });
  });

  it("takes active residents from each grouping's own row, not a sum of the weeks'", () => {
    const statistics = tenantStatistics(
      span,
      'UTC',
      [
        { week: '2026-W48', category: 'outdoors', participations: 2, people: 2 },
        { week: '2026-W48', category: 'environment', participations: 1, people: 1 },
        { week: '2026-W48', participations: 3, people: 2 },
        { week: '2026-W49', category: 'outdoors', participations: 1, people: 1 },
        { week: '2026-W49', participations: 1, people: 1 },
        { category: 'outdoors', participations: 3, people: 2 },
        { category: 'environment', participations: 1, people: 1 },
        { participations: 4, people: 2 },
      ],
      [
        { week: '2026-W48', unit: 'kg', quantity: 2.5 },
        { week: '2026-W48', unit: 'blood donations', quantity: 1 },
        { unit: 'kg', quantity: 2.5 },
        { unit: 'blood donations', quantity: 1 },
      ],
    );
    expect(statistics.weeks[0]).toEqual({
      week: '2026-W48',
      participations: 3,
      categories: [
        { category: 'environment', participations: 1 },
        { category: 'outdoors', participations: 2 },
      ],
      activeResidents: 2,
      impact: [
        { unit: 'blood donations', quantity: 1 },
        { unit: 'kg', quantity: 2.5 },
      ],
    });
    expect(statistics.weeks[1]).toMatchObject({
      participations: 1,
      activeResidents: 1,
      impact: [],
    });
    expect(statistics.totals).toMatchObject({
      participations: 4,
      categories: [
        { category: 'environment', participations: 1 },
        { category: 'outdoors', participations: 3 },
      ],
      activeResidents: 2,
    });
    expect(statistics.totals.impact).toHaveLength(2);
  });
});
