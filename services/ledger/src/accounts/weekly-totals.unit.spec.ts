import { weeklyTotals } from './weekly-totals';

describe('weeklyTotals', () => {
  it('lists every week of the span in order, those without movements with zeros', () => {
    const moved = { week: '2026-W49', issued: 120, spent: 30, donated: 5, expired: 0 };
    expect(weeklyTotals({ from: '2026-11-23', to: '2026-12-07' }, 'UTC', [moved])).toEqual({
      from: '2026-11-23',
      to: '2026-12-07',
      timeZone: 'UTC',
      weeks: [
        { week: '2026-W48', issued: 0, spent: 0, donated: 0, expired: 0 },
        moved,
        { week: '2026-W50', issued: 0, spent: 0, donated: 0, expired: 0 },
      ],
    });
  });
});
