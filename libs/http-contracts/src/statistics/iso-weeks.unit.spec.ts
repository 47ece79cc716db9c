import { isoWeeks } from './iso-weeks';

describe('isoWeeks', () => {
  it('lists each week the span touches once, a lone Sunday included', () => {
    expect(isoWeeks('2026-11-29', '2026-12-07')).toEqual(['2026-W48', '2026-W49', '2026-W50']);
    expect(isoWeeks('2026-12-06', '2026-12-06')).toEqual(['2026-W49']);
  });

  it('numbers the weeks around new year by ISO week years', () => {
    expect(isoWeeks('2026-12-28', '2027-01-04')).toEqual(['2026-W53', '2027-W01']);
    expect(isoWeeks('2024-12-30', '2024-12-31')).toEqual(['2025-W01']);
  });

  it('gives the 12 weeks of a default span from a Monday', () => {
    const weeks = isoWeeks('2026-09-14', '2026-12-06');
    expect(weeks).toHaveLength(12);
    expect([weeks[0], weeks[11]]).toEqual(['2026-W38', '2026-W49']);
  });
});
