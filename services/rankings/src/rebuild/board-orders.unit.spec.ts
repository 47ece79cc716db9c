import { BoardOrders } from './board-orders';
import { DumpPayload, RdbType } from './dump-payload';
import { reachedDigits } from './stage-tally';
import { TallyBoard, TallyIds } from './tally-board';

describe('BoardOrders: people boards sorted, and their reached hashes built, in a helper thread', () => {
  let orders: BoardOrders;

  beforeAll(() => {
    orders = new BoardOrders();
  });

  afterAll(async () => {
    await orders.close();
  });

  it("answers each board in turn with Redis' order and its reached payload, none beyond the limit", async () => {
    const ids = new TallyIds();
    const [week, month] = [new TallyBoard(ids), new TallyBoard(ids)];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    for (let i = 0; i < 500; i++) {
      const person = ids.numberOf(`p${next(300)}`);
      week.put(person, 1 + next(5), 1_700_000_000_000 + next(40));
      if (i % 3 === 0) month.put(person, 10 + next(50), 1_700_000_000_000 + next(900));
    }
    orders.ids(ids.ids);
    const [first, second, small] = await Promise.all([
      orders.order(week, 64 * 1024 * 1024),
      orders.order(month, 64 * 1024 * 1024),
      orders.order(month, 100),
    ]);
    expect([...first.order]).toEqual([...week.inRedisOrder()]);
    expect([...second.order]).toEqual([...month.inRedisOrder()]);
    const expected = new DumpPayload(RdbType.hash);
    const { instants } = week.columns();
    for (const n of week.inRedisOrder()) expected.field(ids.ids[n], reachedDigits(instants[n]));
    expect(first.reached).toEqual(expected.payload());
    expect(small.reached).toBeUndefined();
    expect([...small.order]).toEqual([...second.order]);
  });
});
