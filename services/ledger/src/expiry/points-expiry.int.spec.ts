import { PointsExpired } from '@citypoints/contracts';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { LedgerUnderTest, startLedger } from '../testing/start-ledger';
import { PointsExpiry } from './points-expiry';

const MONTH = 31 * 24 * 60 * 60 * 1000;

describe('points expiry', () => {
  let ledger: LedgerUnderTest;
  let expiry: PointsExpiry;

  beforeAll(async () => {
    ledger = await startLedger();
    expiry = ledger.app.get(PointsExpiry);
  });

  afterAll(async () => {
    await ledger?.close();
  });

  const http = () => request(ledger.app.getHttpServer());
  const policy = (tenant: string) => `/tenants/${tenant}/expiry-policy`;
  const setPolicy = (tenant: string, months: unknown) =>
    http().put(policy(tenant)).send({ months, setBy: randomUUID() });

  it('sets, shows and removes a tenant policy', async () => {
    const tenant = 'policy-town';
    expect((await http().get(policy(tenant))).status).toBe(404);
    const set = await setPolicy(tenant, 12);
    expect(set.status).toBe(200);
    expect((await http().get(policy(tenant))).body).toEqual(set.body);
    expect(set.body.months).toBe(12);
    await http().delete(policy(tenant)).expect(204);
    expect((await http().get(policy(tenant))).status).toBe(404);
  });

  it.each([0, 121, 2.5, '12', null])(
    'refuses a policy of %p months, keeping the old',
    async (months) => {
      const tenant = 'strict-town';
      await setPolicy(tenant, 6).expect(200);
      const response = await setPolicy(tenant, months);
      expect(response.status).toBe(400);
      expect(response.body.message).toContain('months must be a whole number from 1 to 120');
      expect((await http().get(policy(tenant))).body.months).toBe(6);
    },
  );

  it('expires what was credited before the cutoff and not used since, once', async () => {
    const tenant = `expiry-${randomUUID().slice(0, 8)}`;
    const [saver, friend] = [randomUUID(), randomUUID()];
    await ledger.earn(tenant, saver, 100);
    await ledger.open(tenant, friend);
    await http()
      .post(`/tenants/${tenant}/accounts/${saver}/transfers`)
      .send({ transferId: randomUUID(), to: friend, points: 30 })
      .expect(200);
    await setPolicy(tenant, 12).expect(200);

    expect(await expiry.run(new Date(Date.now() + 11 * MONTH))).toBe(0);
    expect(await ledger.ledger.balance(tenant, saver)).toBe(70);

    const later = new Date(Date.now() + 13 * MONTH);
    expect(await expiry.run(later)).toBe(2);
    expect(await expiry.run(later)).toBe(0);
    expect(await ledger.ledger.balance(tenant, saver)).toBe(0);
    expect(await ledger.ledger.balance(tenant, friend)).toBe(0);

    const [expired] = await ledger.published.waitFor(PointsExpired, { accountId: saver });
    expect(expired.data).toEqual({
      accountId: saver,
      points: 70,
      creditedBefore: expect.stringMatching(/T00:00:00.000Z$/),
      balance: 0,
    });
    const { body: history } = await http().get(`/tenants/${tenant}/accounts/${saver}/history`);
    expect(history.entries[0]).toEqual(
      expect.objectContaining({ kind: 'expire', amount: -70, balanceAfter: 0 }),
    );
    const { body: totals } = await http().get(`/tenants/${tenant}/totals`);
    expect(totals).toEqual({ issued: 100, spent: 0, donated: 0, expired: 100, inCirculation: 0 });
  });

  it('leaves tenants without a policy alone', async () => {
    const tenant = `forever-${randomUUID().slice(0, 8)}`;
    const keeper = randomUUID();
    await ledger.earn(tenant, keeper, 40);
    await expiry.run(new Date(Date.now() + 100 * MONTH));
    expect(await ledger.ledger.balance(tenant, keeper)).toBe(40);
  });
});
