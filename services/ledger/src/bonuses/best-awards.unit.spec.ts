import { bestAwards } from './best-awards';

describe('bestAwards', () => {
  it('keeps one award per person, the one with the most points', () => {
    expect(
      bestAwards([
        { place: 3, userId: 'ana', points: 10 },
        { place: 1, userId: 'rui', points: 100 },
        { place: 2, userId: 'ana', points: 50 },
      ]),
    ).toEqual([
      { place: 2, userId: 'ana', points: 50 },
      { place: 1, userId: 'rui', points: 100 },
    ]);
  });

  it('takes the better place when two awards give the same points', () => {
    expect(
      bestAwards([
        { place: 4, userId: 'ana', points: 10 },
        { place: 2, userId: 'ana', points: 10 },
      ]),
    ).toEqual([{ place: 2, userId: 'ana', points: 10 }]);
  });
});
