import { EventStoreTables1764115200000, readStream } from '@citypoints/event-store';
import { createTestDatabase, TestDatabase } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AccountBalances1764115200001 } from '../migrations/1764115200001-account-balances';
import { AccountHistory1764115200002 } from '../migrations/1764115200002-account-history';
import { AccountQueries } from '../accounts/account-queries';
import { AccountProjections } from './account-projections.store';
import { Ledger } from './ledger';
import {
  accountStream,
  InsufficientPointsError,
  Movement,
  POINTS_ISSUED,
  POINTS_REDEEMED,
} from './movement';
import { rebuildProjections } from './rebuild-projections';

describe('Ledger', () => {
  let database: TestDatabase;
  let db: DataSource;
  let ledger: Ledger;
  let queries: AccountQueries;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [
        EventStoreTables1764115200000,
        AccountBalances1764115200001,
        AccountHistory1764115200002,
      ],
      poolSize: 60,
    });
    await db.initialize();
    await db.runMigrations();
    ledger = new Ledger(new AccountProjections());
    queries = new AccountQueries(db);
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  const movement = (tenantId: string, change: Partial<Movement>): Movement => ({
    id: `earn:${randomUUID()}`,
    tenantId,
    kind: 'earn',
    from: POINTS_ISSUED,
    to: randomUUID(),
    amount: 10,
    reason: 'test',
    correlationId: randomUUID(),
    ...change,
  });
  const record = (m: Movement) => db.transaction((tx) => ledger.record(m, tx));

  async function tenantSum(tenantId: string): Promise<number> {
    const [{ sum }] = await db.query(
      `SELECT coalesce(sum(balance), 0)::int AS sum FROM account_balance WHERE tenant_id = $1`,
      [tenantId],
    );
    return sum;
  }

  it('credits a movement delivered three times once, and the tenant sums to zero', async () => {
    const tenant = 'zero-sum-town';
    const earn = movement(tenant, { amount: 40 });
    expect(await record(earn)).toEqual({ from: -40, to: 40 });
    expect(await record(earn)).toBeUndefined();
    expect(await record(earn)).toBeUndefined();
    expect(await queries.balance(tenant, earn.to)).toBe(40);
    expect(await queries.balance(tenant, POINTS_ISSUED)).toBe(-40);
    expect(await tenantSum(tenant)).toBe(0);
    expect((await readStream(db.manager, accountStream(tenant, earn.to))).events).toHaveLength(1);
  });

  it('lets exactly 10 of 50 concurrent spends through when the balance covers 10', async () => {
    const tenant = 'spend-town';
    const citizen = randomUUID();
    await record(movement(tenant, { to: citizen, amount: 100 }));

    const spends = Array.from({ length: 50 }, () =>
      record(
        movement(tenant, {
          id: `spend:${randomUUID()}`,
          kind: 'spend',
          from: citizen,
          to: POINTS_REDEEMED,
        }),
      ),
    );
    const results = await Promise.allSettled(spends);

    const rejected = results.filter((r) => r.status === 'rejected');
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(10);
    expect(rejected).toHaveLength(40);
    for (const r of rejected)
      expect((r as PromiseRejectedResult).reason).toBeInstanceOf(InsufficientPointsError);
    expect(await queries.balance(tenant, citizen)).toBe(0);
    expect(await tenantSum(tenant)).toBe(0);
    // Replaying the citizen's stream: the balance never went below zero along the way.
    let running = 0;
    for (const event of (await readStream(db.manager, accountStream(tenant, citizen))).events) {
      running +=
        (event.type === 'AccountCredited' ? 1 : -1) * (event.data as { amount: number }).amount;
      expect(running).toBeGreaterThanOrEqual(0);
    }
  });

  it('refuses an invalid movement, writing nothing', async () => {
    const tenant = 'strict-town';
    await expect(record(movement(tenant, { amount: 0 }))).rejects.toThrow('amount must be');
    await expect(record(movement(tenant, { amount: 2.5 }))).rejects.toThrow('amount must be');
    await expect(record(movement(tenant, { to: POINTS_ISSUED }))).rejects.toThrow('to itself');
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM event WHERE metadata->>'tenantId' = $1`,
      [tenant],
    );
    expect(count).toBe(0);
  });

  it('rebuilds exactly the balances and history it keeps live', async () => {
    const snapshot = async () => ({
      balances: await db.query(`SELECT * FROM account_balance ORDER BY tenant_id, account_id`),
      history: await db.query(
        `SELECT * FROM account_history ORDER BY tenant_id, account_id, version`,
      ),
    });
    const before = await snapshot();
    expect(before.history.length).toBeGreaterThan(10);
    // A damaged projection: the rebuild must not depend on what is there.
    await db.query(`UPDATE account_balance SET balance = balance + 1`);
    await db.query(`DELETE FROM account_history WHERE version = 1`);
    await rebuildProjections(db);
    expect(await snapshot()).toEqual(before);
  });

  describe('recordAll', () => {
    // Everything a tenant's movements left behind, tenant-free, to compare two tenants.
    async function traces(tenantId: string): Promise<unknown> {
      const [balances, history, events] = await Promise.all([
        db.query(
          `SELECT account_id, balance, version FROM account_balance WHERE tenant_id = $1
           ORDER BY account_id`,
          [tenantId],
        ),
        db.query(
          `SELECT account_id, version, movement_id, kind, amount, counterparty, reason,
             balance_after FROM account_history WHERE tenant_id = $1
           ORDER BY account_id, version`,
          [tenantId],
        ),
        db.query(
          `SELECT replace(stream_id, $1, '') AS stream, stream_version, event_type, data,
             replace(idempotency_key, $1, '') AS key
           FROM event WHERE metadata->>'tenantId' = $1 ORDER BY stream_id, stream_version`,
          [tenantId],
        ),
      ]);
      return { balances, history, events };
    }

    // The same movements for each tenant: earns, a repeat, gifts on from what was earned.
    function script(tenantId: string, [ana, rui, eva]: string[], [first, second]: string[]) {
      const earn = (id: string, to: string, amount: number) =>
        movement(tenantId, { id, to, amount, correlationId: 'c' });
      const gift = (id: string, from: string, to: string, amount: number) =>
        movement(tenantId, { id, kind: 'transfer', from, to, amount, correlationId: 'c' });
      return [
        earn(first, ana, 30),
        earn('earn:2', rui, 5),
        gift('gift:1', ana, rui, 20),
        earn(first, ana, 30),
        earn('earn:3', eva, 7),
        gift('gift:2', rui, eva, 25),
        earn(second, ana, 1),
      ];
    }

    it('leaves what recording one by one leaves, answering the same balances', async () => {
      const people = [randomUUID(), randomUUID(), randomUUID()];
      const ids = ['earn:1', 'earn:0'];
      const [single, batch] = ['single-town', 'batch-town'];
      // A movement recorded before the batch is a repeat in it.
      await record(movement(batch, { id: 'earn:0', to: people[0], amount: 1, correlationId: 'c' }));
      await record(
        movement(single, { id: 'earn:0', to: people[0], amount: 1, correlationId: 'c' }),
      );
      const answers: unknown[] = [];
      for (const m of script(single, people, ids)) answers.push(await record(m));
      const batchAnswers = await db.transaction((tx) =>
        ledger.recordAll(script(batch, people, ids), tx),
      );
      expect(batchAnswers).toEqual(answers);
      expect(answers.filter((answer) => answer === undefined)).toHaveLength(2);
      expect(await traces(batch)).toEqual(await traces(single));
      expect(await tenantSum(batch)).toBe(0);
    });

    it('writes nothing when a movement of the batch would overdraw', async () => {
      const tenant = 'overdraw-batch-town';
      const [ana, rui] = [randomUUID(), randomUUID()];
      const batch = [
        movement(tenant, { to: ana, amount: 10 }),
        movement(tenant, { kind: 'transfer', from: ana, to: rui, amount: 11 }),
      ];
      await expect(db.transaction((tx) => ledger.recordAll(batch, tx))).rejects.toBeInstanceOf(
        InsufficientPointsError,
      );
      expect(await traces(tenant)).toEqual({ balances: [], history: [], events: [] });
    });
  });
});
