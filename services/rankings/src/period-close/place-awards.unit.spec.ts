import { closedStandings, placeAwards } from './place-awards';

const RULES = [
  { rank: 1, points: 100 },
  { rank: 2, points: 50 },
  { rank: 3, points: 25 },
];

describe('closedStandings and placeAwards: places and their bonuses', () => {
  it('gives tied people one place and each its bonus; the place after a tie is skipped', () => {
    const entries = [101, 100, 100, 99].map((score, i) => ({ id: `p${i + 1}`, score }));
    const standings = closedStandings(entries, RULES);
    expect(standings.map(({ place, bonus }) => [place, bonus])).toEqual([
      [1, 100],
      [2, 50],
      [2, 50],
      [4, undefined],
    ]);
    expect(placeAwards(standings)).toEqual([
      { place: 1, userId: 'p1', points: 100 },
      { place: 2, userId: 'p2', points: 50 },
      { place: 2, userId: 'p3', points: 50 },
    ]);
  });

  it('awards nothing without rules, and keeps positions', () => {
    const standings = closedStandings([{ id: 'a', score: 5 }], []);
    expect(standings).toEqual([{ position: 1, place: 1, id: 'a', score: 5 }]);
    expect(placeAwards(standings)).toEqual([]);
  });
});
