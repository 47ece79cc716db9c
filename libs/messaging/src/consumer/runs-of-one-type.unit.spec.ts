import { runsOfOneType } from './runs-of-one-type';

describe('runsOfOneType', () => {
  const typeOf = (item: string) => item[0];

  it('keeps consecutive items of one type together and every item in its place', () => {
    expect(runsOfOneType(['a1', 'a2', 'b1', 'a3', 'a4', 'c1'], typeOf)).toEqual([
      ['a1', 'a2'],
      ['b1'],
      ['a3', 'a4'],
      ['c1'],
    ]);
  });

  it('makes one run of items of one type, and none of no items', () => {
    expect(runsOfOneType(['a1', 'a2', 'a3'], typeOf)).toEqual([['a1', 'a2', 'a3']]);
    expect(runsOfOneType([], typeOf)).toEqual([]);
  });
});
