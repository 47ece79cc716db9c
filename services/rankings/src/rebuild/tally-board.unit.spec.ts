import { TallyBoard, TallyIds } from './tally-board';

describe("TallyBoard: a board's entries in typed columns", () => {
  it('numbers ids in order of arrival, each once', () => {
    const ids = new TallyIds();
    expect([ids.numberOf('ana'), ids.numberOf('bo'), ids.numberOf('ana')]).toEqual([0, 1, 0]);
  });

  it('puts, moves and removes entries as the script does, and lists them by number', () => {
    const ids = new TallyIds();
    const board = new TallyBoard(ids);
    const [ana, bo, cy] = ['ana', 'bo', 'cy'].map((id) => ids.numberOf(id));
    board.put(cy, 0.5, 3000);
    board.put(ana, 5, 2000);
    board.put(ana, 7, 1000);
    board.put(ana, 7, 9000);
    expect(board.score(bo)).toBeUndefined();
    board.put(bo, 1, 4000);
    board.remove(bo);
    board.remove(bo);
    expect(board.size).toBe(2);
    expect([...board]).toEqual([
      ['ana', { score: 7, instant: 2000 }],
      ['cy', { score: 0.5, instant: 3000 }],
    ]);
  });

  it('grows for ids numbered far beyond its columns', () => {
    const ids = new TallyIds();
    const board = new TallyBoard(ids);
    for (let i = 0; i < 5000; i++) ids.numberOf(`p${i}`);
    board.put(4999, 3, 1);
    board.put(17, 2, 1);
    expect(board.size).toBe(2);
    expect([...board].map(([id]) => id)).toEqual(['p17', 'p4999']);
  });

  it('hands its entries over in slices, to the last', () => {
    const ids = new TallyIds();
    const board = new TallyBoard(ids);
    for (const id of ['a', 'b', 'c', 'd']) board.put(ids.numberOf(id), 1, 1);
    board.remove(ids.numberOf('b'));
    const slices: string[][] = [];
    for (let next = 0; next >= 0;) {
      const slice: string[] = [];
      next = board.visit(next, 2, (id) => slice.push(id));
      slices.push(slice);
    }
    expect(slices).toEqual([['a', 'c'], ['d']]);
  });
});
