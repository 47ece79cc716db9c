import {
  createEvent,
  MAX_POINTS,
  PointsAdjustedV2Type,
  PointsForfeited,
  Topics,
  UserErased,
} from '@citypoints/contracts';
import { waitFor, produceEvents } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { LedgerUnderTest, startLedger } from '../testing/start-ledger';

describe('erasure: what the ledger keeps of an erased person', () => {
  const tenant = 'forget-town';
  let ledger: LedgerUnderTest;

  beforeAll(async () => {
    ledger = await startLedger();
  });

  afterAll(async () => {
    await ledger?.close();
  });

  const account = (id: string) => `/tenants/${tenant}/accounts/${id}`;
  const erase = async (userId: string) => {
    const erased = createEvent(
      UserErased,
      { userId },
      { source: '/citypoints/identity', tenantid: tenant },
    );
    await produceEvents(ledger.topic(Topics.identity), [erased], `${tenant}:${userId}`);
  };
  const notes = async (text: string) =>
    (
      await ledger.db.query(`SELECT count(*)::int AS n FROM adjustment_note WHERE note = $1`, [
        text,
      ])
    )[0].n as number;

  it("keeps an adjustment's reason out of the event store and Kafka, shows it, and forgets it on erasure", async () => {
    const ana = randomUUID();
    const reason = `goodwill for Ana Silva, ana.${randomUUID()}@example.org`;
    await ledger.earn(tenant, ana, 10);
    const adjustmentId = randomUUID();
    await ledger
      .http()
      .post(`${account(ana)}/adjustments`)
      .send({ adjustmentId, points: 15, reason, adjustedBy: randomUUID() })
      .expect(200);

    const { body: history } = await ledger
      .http()
      .get(`${account(ana)}/history`)
      .expect(200);
    expect(history.entries[0]).toMatchObject({ kind: 'adjust', amount: 15, note: reason });
    await ledger.published.waitFor(PointsAdjustedV2Type, { adjustmentId });
    const [stored] = await ledger.db.query(
      `SELECT count(*)::int AS n FROM event WHERE data::text LIKE '%' || $1 || '%'`,
      ['goodwill for Ana'],
    );
    expect(stored.n).toBe(0);
    const onKafka = ledger.published.messages.map((message) => message.value?.toString() ?? '');
    expect(onKafka.some((value) => value.includes('goodwill for Ana'))).toBe(false);
    const outbox = await ledger.db.query(`SELECT event::text AS event FROM outbox`);
    expect(outbox.some((row: { event: string }) => row.event.includes(reason))).toBe(false);

    await erase(ana);
    await waitFor('the note to be forgotten', async () =>
      (await notes(reason)) === 0 ? true : undefined,
    );
    const { body: after } = await ledger
      .http()
      .get(`${account(ana)}/statement`)
      .expect(200);
    expect(after.movements.map((entry: { kind: string }) => entry.kind)).toEqual([
      'forfeit',
      'adjust',
      'earn',
    ]);
    expect(JSON.stringify(after)).not.toContain('goodwill');
    const [command] = await ledger.db.query(
      `SELECT fingerprint->>'reasonHash' AS hash FROM ledger_command WHERE command_id = $1`,
      [adjustmentId],
    );
    expect(command.hash).toBe('erased');
  });

  it("moves an erased person's balance out of circulation once, in movements of at most the cap", async () => {
    const rich = randomUUID();
    const { body: before } = await ledger.http().get(`/tenants/${tenant}/totals`);
    for (const points of [MAX_POINTS, MAX_POINTS, MAX_POINTS, 5]) {
      await ledger.earn(tenant, rich, points);
    }
    // Identity may report one erasure twice, under two event ids.
    await erase(rich);
    await erase(rich);

    const forfeited = await ledger.published.waitFor(PointsForfeited, { accountId: rich }, 4);
    expect(forfeited.map((event) => event.data)).toEqual([
      { accountId: rich, points: MAX_POINTS, balance: 2 * MAX_POINTS + 5 },
      { accountId: rich, points: MAX_POINTS, balance: MAX_POINTS + 5 },
      { accountId: rich, points: MAX_POINTS, balance: 5 },
      { accountId: rich, points: 5, balance: 0 },
    ]);
    // A marker erased after both reports: once it is handled, so are they.
    const marker = randomUUID();
    await ledger.earn(tenant, marker, 1);
    await erase(marker);
    await ledger.published.waitFor(PointsForfeited, { accountId: marker });
    expect(ledger.published.matching(PointsForfeited, { accountId: rich })).toHaveLength(4);

    const { body: statement } = await ledger.http().get(`${account(rich)}/statement`);
    expect(statement.balance).toBe(0);
    const { body: totals } = await ledger.http().get(`/tenants/${tenant}/totals`);
    expect(totals.forfeited - before.forfeited).toBe(3 * MAX_POINTS + 5 + 1);
    expect(totals.inCirculation - before.inCirculation).toBe(0);
    expect(totals.issued).toBe(
      totals.inCirculation + totals.spent + totals.donated + totals.expired + totals.forfeited,
    );
  });
});
