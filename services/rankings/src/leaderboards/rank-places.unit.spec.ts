import { rankPlaces } from './rank-places';

describe('rankPlaces: standard competition ranking', () => {
  it('gives equal scores one place and skips the places they share', () => {
    expect(rankPlaces([101, 100, 100, 99])).toEqual([1, 2, 2, 4]);
  });

  it('lets a tie at the top share first place', () => {
    expect(rankPlaces([50, 50, 50, 10, 10, 5])).toEqual([1, 1, 1, 4, 4, 6]);
  });

  it('continues a page that starts inside a tie with the place of the tie', () => {
    // The whole board: 101, 100, 100, 100, 99; the page holds positions 3 to 5.
    expect(rankPlaces([100, 100, 99], { position: 3, place: 2 })).toEqual([2, 2, 5]);
  });

  it('places a page that starts after a tie by its position', () => {
    expect(rankPlaces([99, 98], { position: 5, place: 5 })).toEqual([5, 6]);
  });

  it('places nobody on an empty page', () => {
    expect(rankPlaces([], { position: 11, place: 11 })).toEqual([]);
  });
});
