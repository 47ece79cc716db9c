import { startTestApp, TestApp } from '@citypoints/testing';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../app.module';
import { Ledger } from './ledger';
import { POINTS_ISSUED } from './movement';

describe('ledger internal API', () => {
  const tenant = 'api-town';
  let service: TestApp;
  let app: INestApplication;
  let db: DataSource;
  let alice: string;
  let bob: string;

  beforeAll(async () => {
    service = await startTestApp('ledger', AppModule.forRoot);
    ({ app, db } = service);
  });

  afterAll(async () => {
    await service?.close();
  });

  beforeEach(async () => {
    [alice, bob] = [randomUUID(), randomUUID()];
    await db.transaction((tx) =>
      app.get(Ledger).record(
        {
          id: `earn:${randomUUID()}`,
          tenantId: tenant,
          kind: 'earn',
          from: POINTS_ISSUED,
          to: alice,
          amount: 100,
          reason: 'participation in the beach clean-up',
          correlationId: randomUUID(),
        },
        tx,
      ),
    );
  });

  const http = () => request(app.getHttpServer());
  const account = (id: string) => `/tenants/${tenant}/accounts/${id}`;
  const eventCount = async () =>
    (await db.query(`SELECT count(*)::int AS n FROM event`))[0].n as number;

  it('transfers points once per transfer id, and shows both sides in the history', async () => {
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
  });

  it('donates to a cause and adjusts with a reason, reflected in the tenant totals', async () => {
    const before = (await http().get(`/tenants/${tenant}/totals`)).body;
    await http()
      .post(`${account(alice)}/donations`)
      .send({ donationId: randomUUID(), causeId: randomUUID(), points: 40 })
      .expect(200);
    const adjusted = await http()
      .post(`${account(alice)}/adjustments`)
      .send({
        adjustmentId: randomUUID(),
        points: -10,
        reason: 'double scan',
        adjustedBy: randomUUID(),
      })
      .expect(200);
    expect(adjusted.body).toEqual({ balance: 50 });
    const [latest] = (await http().get(`${account(alice)}/history`)).body.entries;
    expect(latest.reason).toMatch(/: double scan$/);

    const after = (await http().get(`/tenants/${tenant}/totals`)).body;
    expect(after.donated - before.donated).toBe(40);
    expect(after.issued - before.issued).toBe(-10);
    expect(after.issued).toBe(after.inCirculation + after.spent + after.donated);
  });

  it.each([
    ['zero points', 'transfers', { points: 0 }, 400, 'points must be a whole number'],
    ['negative points', 'transfers', { points: -5 }, 400, 'points must be a whole number'],
    ['fractional points', 'transfers', { points: 2.5 }, 400, 'points must be a whole number'],
    ['huge points', 'transfers', { points: 10 ** 9 }, 400, 'points must be a whole number'],
    ['points as text', 'transfers', { points: '5' }, 400, 'points must be a whole number'],
    ['an unknown field', 'transfers', { bonus: 1 }, 400, 'property bonus should not exist'],
    ['a transfer to oneself', 'transfers', { to: 'ALICE' }, 400, 'cannot move points to itself'],
    ['an overdraft', 'transfers', { points: 101 }, 409, 'holds 100 points, fewer than the 101'],
    ['a malformed cause', 'donations', { causeId: 'soup-kitchen' }, 400, 'causeId must be a UUID'],
    ['an adjustment without reason', 'adjustments', { reason: '' }, 400, 'reason must be 3 to 500'],
    ['an adjustment of 0', 'adjustments', { points: 0 }, 400, 'points must not be 0'],
    ['an adjustment below zero', 'adjustments', { points: -101 }, 409, 'fewer than the 101'],
  ])(
    'refuses %s with %s → %i naming it, writing nothing',
    async (_c, path, change, status, message) => {
      const valid = {
        transfers: { transferId: randomUUID(), to: bob, points: 5 },
        donations: { donationId: randomUUID(), causeId: randomUUID(), points: 5 },
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
          value === 'ALICE' ? alice : value,
        ]),
      );
      const events = await eventCount();
      const response = await http()
        .post(`${account(alice)}/${path}`)
        .send(body);
      expect(response.status).toBe(status);
      expect(JSON.stringify(response.body.message)).toContain(message);
      expect(await eventCount()).toBe(events);
    },
  );

  it('refuses a malformed account or tenant in the path', async () => {
    expect((await http().get(`/tenants/${tenant}/accounts/42/balance`)).status).toBe(400);
    const badTenant = await http().get(`/tenants/Bad%20Town/accounts/${alice}/balance`);
    expect(badTenant.status).toBe(400);
    expect(badTenant.body.message).toContain('tenant must be');
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
