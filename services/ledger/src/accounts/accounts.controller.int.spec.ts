import { CloudEvent, PointsAdjustedV2Type, PointsTransferredV2Type } from '@citypoints/contracts';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { LedgerUnderTest, startLedger } from '../testing/start-ledger';
import { AccountRegistry, causeAccount } from '../core/account-registry';
import { AccountKind } from '../core/movable-account';

type Published = { key: string; type: string; data: unknown };

describe('ledger internal API', () => {
  const tenant = 'api-town';
  let ledger: LedgerUnderTest;
  let app: INestApplication;
  let db: DataSource;
  let alice: string;
  let bob: string;
  let cause: string;

  beforeAll(async () => {
    ledger = await startLedger();
    ({ app, db } = ledger);
  });

  afterAll(async () => {
    await ledger?.close();
  });

  beforeEach(async () => {
    [alice, bob, cause] = [randomUUID(), randomUUID(), randomUUID()];
    await ledger.open(tenant, bob);
    await ledger.open(tenant, causeAccount(cause), 'cause');
    await ledger.earn(tenant, alice, 100);
  });

  const http = () => ledger.http();
  const account = (id: string) => `/tenants/${tenant}/accounts/${id}`;
  const eventCount = async () =>
    (await db.query(`SELECT count(*)::int AS n FROM event`))[0].n as number;
  const published = async (accountId: string): Promise<Published[]> =>
    (
      await db.query(
        `SELECT message_key, event FROM outbox WHERE event->>'subject' = $1 ORDER BY position`,
        [accountId],
      )
    ).map((row: { message_key: string; event: CloudEvent }) => ({
      key: row.message_key,
      type: row.event.type,
      data: row.event.data,
    }));
  const close = (accountId: string, kind: AccountKind) =>
    db.transaction((tx) => app.get(AccountRegistry).close(tx, tenant, accountId, kind));

  it('transfers points once per transfer id, shows both sides in the history, publishes a copy for each', async () => {
    const transfer = { transferId: randomUUID(), to: bob, points: 30 };
    const first = await http()
      .post(`${account(alice)}/transfers`)
      .send(transfer);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ balance: 70 });
    const repeat = await http()
      .post(`${account(alice)}/transfers`)
      .send(transfer);
    expect(repeat.body).toEqual({ balance: 70 });

    const history = await http()
      .get(`${account(alice)}/history`)
      .query({ limit: 1 });
    expect(history.body.entries).toEqual([
      expect.objectContaining({
        kind: 'transfer',
        amount: -30,
        counterparty: bob,
        balanceAfter: 70,
      }),
    ]);
    const older = await http()
      .get(`${account(alice)}/history`)
      .query({ before: history.body.next });
    expect(older.body).toEqual({
      entries: [
        expect.objectContaining({
          kind: 'earn',
          amount: 100,
          reason: 'participation in the beach clean-up',
          balanceAfter: 100,
        }),
      ],
      next: null,
    });
    expect((await http().get(`${account(bob)}/balance`)).body).toEqual({
      accountId: bob,
      balance: 30,
    });
    const data = {
      transferId: transfer.transferId,
      kind: 'transfer',
      fromAccountId: alice,
      toAccountId: bob,
      points: 30,
    };
    const type = PointsTransferredV2Type;
    expect(await published(alice)).toEqual([
      { key: `${tenant}:${alice}`, type, data: { ...data, accountId: alice, balance: 70 } },
    ]);
    expect(await published(bob)).toEqual([
      { key: `${tenant}:${bob}`, type, data: { ...data, accountId: bob, balance: 30 } },
    ]);
  });

  it("shows each side of a transfer, on Kafka, its own balance and never the other's", async () => {
    await ledger.earn(tenant, bob, 500);
    const transferId = randomUUID();
    await http()
      .post(`${account(alice)}/transfers`)
      .send({ transferId, to: bob, points: 1 })
      .expect(200);

    await ledger.published.waitFor(PointsTransferredV2Type, { transferId }, 2);
    const onKafka = (accountId: string) =>
      ledger.published.messages
        .filter((message) => String(message.key) === `${tenant}:${accountId}`)
        .map((message) => JSON.parse(String(message.value)))
        .filter((data) => data.transferId === transferId);
    const transfer = { transferId, kind: 'transfer', fromAccountId: alice, toAccountId: bob };
    expect(onKafka(alice)).toEqual([{ ...transfer, points: 1, accountId: alice, balance: 99 }]);
    expect(onKafka(bob)).toEqual([{ ...transfer, points: 1, accountId: bob, balance: 501 }]);
  });

  it("shows a donor only their own balance, and the cause's copy only the cause's", async () => {
    const donationId = randomUUID();
    await http()
      .post(`${account(alice)}/donations`)
      .send({ donationId, causeId: cause, points: 40 })
      .expect(200);

    const [donor] = await published(alice);
    const [received] = await published(causeAccount(cause));
    expect(donor.data).toMatchObject({ accountId: alice, balance: 60 });
    expect(received.data).toMatchObject({ accountId: cause, balance: 40 });
    for (const { data } of [donor, received]) {
      expect(data).not.toHaveProperty('fromBalance');
      expect(data).not.toHaveProperty('toBalance');
    }
  });

  it('donates to a cause and adjusts with a reason, reflected in the tenant totals', async () => {
    const before = (await http().get(`/tenants/${tenant}/totals`)).body;
    await http()
      .post(`${account(alice)}/donations`)
      .send({ donationId: randomUUID(), causeId: cause, points: 40 })
      .expect(200);
    const adjustment = {
      adjustmentId: randomUUID(),
      points: -10,
      reason: 'double scan',
      adjustedBy: randomUUID(),
    };
    const adjusted = await http()
      .post(`${account(alice)}/adjustments`)
      .send(adjustment)
      .expect(200);
    expect(adjusted.body).toEqual({ balance: 50 });
    const { reason, ...withoutReason } = adjustment;
    expect((await published(alice)).map(({ type, data }) => ({ type, data }))).toEqual([
      {
        type: PointsTransferredV2Type,
        data: expect.objectContaining({ kind: 'donate', accountId: alice, balance: 60 }),
      },
      { type: PointsAdjustedV2Type, data: { accountId: alice, ...withoutReason, balance: 50 } },
    ]);
    expect(await published(causeAccount(cause))).toEqual([
      {
        key: `${tenant}:${causeAccount(cause)}`,
        type: PointsTransferredV2Type,
        data: expect.objectContaining({ kind: 'donate', accountId: cause, balance: 40 }),
      },
    ]);
    const [latest] = (await http().get(`${account(alice)}/history`)).body.entries;
    expect(latest).toMatchObject({ reason: `adjusted by ${adjustment.adjustedBy}`, note: reason });

    const after = (await http().get(`/tenants/${tenant}/totals`)).body;
    expect(after.donated - before.donated).toBe(40);
    expect(after.issued - before.issued).toBe(-10);
    expect(after.issued).toBe(
      after.inCirculation + after.spent + after.donated + after.expired + after.forfeited,
    );
  });

  it.each([
    ['zero points', 'transfers', { points: 0 }, 400, 'points must be a whole number'],
    ['negative points', 'transfers', { points: -5 }, 400, 'points must be a whole number'],
    ['fractional points', 'transfers', { points: 2.5 }, 400, 'points must be a whole number'],
    ['huge points', 'transfers', { points: 10 ** 9 }, 400, 'points must be a whole number'],
    ['points as text', 'transfers', { points: '5' }, 400, 'points must be a whole number'],
    ['an unknown field', 'transfers', { bonus: 1 }, 400, 'bonus is not a known field'],
    ['a transfer to oneself', 'transfers', { to: 'ALICE' }, 400, 'cannot move points to itself'],
    ['an overdraft', 'transfers', { points: 101 }, 409, 'holds 100 points, fewer than the 101'],
    ['a malformed cause', 'donations', { causeId: 'soup-kitchen' }, 400, 'causeId must be a UUID'],
    ['an unknown receiver', 'transfers', { to: 'NEW' }, 404, 'api-town has no citizen account'],
    ['an erased receiver', 'transfers', { to: 'CLOSED' }, 409, 'citizen account'],
    ['an unknown cause', 'donations', { causeId: 'NEW' }, 404, 'api-town has no cause account'],
    ['an archived cause', 'donations', { causeId: 'CLOSED' }, 409, 'is closed'],
    ['an adjustment without reason', 'adjustments', { reason: '' }, 400, 'reason must be 3 to 500'],
    ['an adjustment of 0', 'adjustments', { points: 0 }, 400, 'points must not be 0'],
    ['an adjustment below zero', 'adjustments', { points: -101 }, 409, 'fewer than the 101'],
    ['a reason of control characters', 'adjustments', { reason: 'ok\u0000k' }, 400, 'reason must'],
    ['an invisible reason', 'adjustments', { reason: '\u3164\u3164\u3164' }, 400, 'visible'],
    ['a transfer to a staff account', 'transfers', { to: 'STAFF' }, 409, 'is a staff account'],
    ['a donation to a staff account', 'donations', { causeId: 'STAFF' }, 404, 'no cause account'],
    [
      'an adjustment by its holder',
      'adjustments',
      { adjustedBy: 'ALICE' },
      403,
      'their own account',
    ],
    ['a transfer id that is not a UUID', 'transfers', { transferId: 'K' }, 400, 'must be a UUID'],
  ])(
    'refuses %s (%s %j) with %i naming it, writing nothing',
    async (_c, path, change, status, message) => {
      const [closed, staff] = [randomUUID(), randomUUID()];
      await ledger.open(tenant, staff, 'staff');
      await (path === 'donations'
        ? close(causeAccount(closed), 'cause')
        : close(closed, 'citizen'));
      const valid = {
        transfers: { transferId: randomUUID(), to: bob, points: 5 },
        donations: { donationId: randomUUID(), causeId: cause, points: 5 },
        adjustments: {
          adjustmentId: randomUUID(),
          points: 5,
          reason: 'correction',
          adjustedBy: randomUUID(),
        },
      }[path as 'transfers'];
      const body = Object.fromEntries(
        Object.entries({ ...valid, ...change }).map(([key, value]) => [
          key,
          (
            { ALICE: alice, NEW: randomUUID(), CLOSED: closed, STAFF: staff } as Record<
              string,
              unknown
            >
          )[value as string] ?? value,
        ]),
      );
      const events = await eventCount();
      const response = await http()
        .post(`${account(alice)}/${path}`)
        .send(body);
      expect(response.status).toBe(status);
      expect(JSON.stringify(response.body.detail)).toContain(message);
      expect(await eventCount()).toBe(events);
      expect(await published(alice)).toEqual([]);
    },
  );

  it.each([
    ['an unknown', 'transfers', 'to', false, 404],
    ['an erased', 'transfers', 'to', true, 409],
    ['an unknown', 'donations', 'causeId', false, 404],
  ])(
    'names the receiver field when it is %s account (%s)',
    async (_c, path, field, erased, status) => {
      const id = randomUUID();
      if (erased) await close(id, 'citizen');
      const body =
        path === 'transfers'
          ? { transferId: randomUUID(), to: id, points: 5 }
          : { donationId: randomUUID(), causeId: id, points: 5 };
      const response = await http()
        .post(`${account(alice)}/${path}`)
        .send(body);
      expect(response.status).toBe(status);
      expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
    },
  );

  it('refuses a command from or to an account of another tenant, writing nothing', async () => {
    const carol = randomUUID();
    await ledger.open('other-town', carol);
    const events = await eventCount();
    const toCarol = await http()
      .post(`${account(alice)}/transfers`)
      .send({ transferId: randomUUID(), to: carol, points: 5 });
    expect(toCarol.status).toBe(404);
    expect(toCarol.body.detail).toBe(`${tenant} has no citizen account ${carol}`);
    const fromCarol = await http()
      .post(`${account(carol)}/transfers`)
      .send({ transferId: randomUUID(), to: alice, points: 5 });
    expect(fromCarol.status).toBe(404);
    expect(await eventCount()).toBe(events);
  });

  it('refuses a malformed account or tenant in the path', async () => {
    const badAccount = await http().get(`/tenants/${tenant}/accounts/42/balance`);
    expect(badAccount.status).toBe(400);
    expect(badAccount.body.detail).toBe('account must be a UUID');
    const badTenant = await http().get(`/tenants/Bad%20Town/accounts/${alice}/balance`);
    expect(badTenant.status).toBe(400);
    expect(badTenant.body.detail).toContain('tenant must be');
  });

  it('keeps tenants apart: the same account id elsewhere holds nothing', async () => {
    const elsewhere = await http().get(`/tenants/other-town/accounts/${alice}/balance`);
    expect(elsewhere.body).toEqual({ accountId: alice, balance: 0 });
  });

  it('describes its commands in an OpenAPI document', async () => {
    const { body: document } = await http().get('/openapi.json').expect(200);
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/tenants/{tenant}/accounts/{account}/transfers',
        '/tenants/{tenant}/accounts/{account}/donations',
        '/tenants/{tenant}/accounts/{account}/adjustments',
        '/tenants/{tenant}/accounts/{account}/history',
        '/tenants/{tenant}/accounts/{account}/statement',
        '/tenants/{tenant}/totals',
      ]),
    );
    expect(document.components.schemas.TransferDto.required).toEqual([
      'transferId',
      'to',
      'points',
    ]);
  });
});
