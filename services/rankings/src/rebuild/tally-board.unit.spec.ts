import { reachedDigits } from './stage-tally';
import { TallyBoard, TallyIds } from './tally-board';

describe("TallyBoard: a board's entries in typed columns", () => {
  it('numbers ids in order of arrival, each once', () => {
    const ids = new TallyIds();
    expect([ids.numberOf('ana'), ids.numberOf('bo'), ids.numberOf('ana')]).toEqual([0, 1, 0]);
  });

  it('puts, moves and removes entries as the script does, and lists them as Redis orders them', () => {
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
      ['cy', { score: 0.5, instant: 3000 }],
      ['ana', { score: 7, instant: 2000 }],
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

  it('hands its entries over in slices, greatest first, to the last', () => {
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
    expect(slices).toEqual([['d', 'c'], ['a']]);
  });

  it("lists entries in the sorted set's order: by score, then by member (instant digits, id)", () => {
    const ids = new TallyIds();
    const board = new TallyBoard(ids);
    let seed = 5;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    for (let i = 0; i < 2000; i++) {
      const id = `p${next(700)}`;
      board.put(
        ids.numberOf(id),
        1 + next(4) + (next(3) === 0 ? 0.5 : 0),
        1_700_000_000_000 + next(50),
      );
    }
    const member = ([id, { instant }]: [string, { instant: number }]) =>
      `${reachedDigits(instant)}:${id}`;
    const redisOrder = [...board].sort(
      (a, b) => a[1].score - b[1].score || (member(a) < member(b) ? -1 : 1),
    );
    expect([...board]).toEqual(redisOrder);
    expect(new Set([...board].map(([, { score }]) => score)).size).toBeGreaterThan(4);
  });
});
