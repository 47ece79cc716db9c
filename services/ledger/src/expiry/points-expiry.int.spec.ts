import { createEvent, PointsExpired, TenantSettingsChanged, Topics } from '@citypoints/contracts';
import { produceEvents, waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
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

  const http = () => ledger.http();
  const policy = (tenant: string) => http().get(`/tenants/${tenant}/expiry-policy`);
  const setPolicy = async (
    tenant: string,
    pointsExpiryMonths: number | null,
    timeZone = 'Europe/Stockholm',
  ) => {
    const settings = createEvent(
      TenantSettingsChanged,
      { timeZone, pointsExpiryMonths, leaderboardBonuses: [] },
      { source: '/citypoints/identity', tenantid: tenant },
    );
    await produceEvents(ledger.topic(Topics.identity), [settings], `${tenant}:${tenant}`);
    const expected = pointsExpiryMonths === null ? 404 : 200;
    await waitFor(`${tenant}'s policy of ${pointsExpiryMonths} months`, async () => {
      const response = await policy(tenant);
      return response.status === expected && (response.body.months ?? null) === pointsExpiryMonths
        ? true
        : undefined;
    });
  };

  it('takes the policy from identity tenant settings, and drops it when they say never', async () => {
    const tenant = 'policy-town';
    expect((await policy(tenant)).status).toBe(404);
    await setPolicy(tenant, 12);
    expect((await policy(tenant)).body).toEqual({ months: 12, timeZone: 'Europe/Stockholm' });
    await setPolicy(tenant, 6);
    await setPolicy(tenant, null);
    expect((await policy(tenant)).body.detail).toBe('points do not expire in policy-town');
  });

  it('expires what was credited before the cutoff and not used since, once', async () => {
    const tenant = `expiry-${randomUUID().slice(0, 8)}`;
    const [saver, friend] = [randomUUID(), randomUUID()];
    await ledger.earn(tenant, saver, 100);
    await ledger.open(tenant, friend);
    await http()
      .post(`/tenants/${tenant}/accounts/${saver}/transfers`)
      .send({ transferId: randomUUID(), to: friend, points: 30 })
      .expect(200);
    await setPolicy(tenant, 12);

    expect(await expiry.run(new Date(Date.now() + 11 * MONTH))).toBe(0);
    expect(await ledger.balance(tenant, saver)).toBe(70);

    const later = new Date(Date.now() + 13 * MONTH);
    expect(await expiry.run(later)).toBe(2);
    expect(await expiry.run(later)).toBe(0);
    expect(await ledger.balance(tenant, saver)).toBe(0);
    expect(await ledger.balance(tenant, friend)).toBe(0);

    const [expired] = await ledger.published.waitFor(PointsExpired, { accountId: saver });
    expect(expired.data).toEqual({
      accountId: saver,
      points: 70,
      // Midnight in Stockholm, with its offset that day.
      creditedBefore: expect.stringMatching(/T00:00:00.000\+0[12]:00$/),
      balance: 0,
    });
    const { body: history } = await http().get(`/tenants/${tenant}/accounts/${saver}/history`);
    expect(history.entries[0]).toEqual(
      expect.objectContaining({ kind: 'expire', amount: -70, balanceAfter: 0 }),
    );
    const { body: totals } = await http().get(`/tenants/${tenant}/totals`);
    expect(totals).toEqual({
      issued: 100,
      spent: 0,
      donated: 0,
      expired: 100,
      forfeited: 0,
      inCirculation: 0,
    });
  });

  it("expires by the tenant's local calendar: Auckland's 1 February points last through 1 March", async () => {
    const tenant = `auckland-${randomUUID().slice(0, 8)}`;
    const kiri = randomUUID();
    await ledger.earn(tenant, kiri, 40);
    // Earned at 00:30 local on 1 February 2026 (NZDT, UTC+13): 11:30 UTC on 31 January.
    await ledger.db.query(
      `UPDATE account_history SET recorded_at = '2026-01-31T11:30:00Z'
       WHERE tenant_id = $1 AND account_id = $2`,
      [tenant, kiri],
    );
    await setPolicy(tenant, 1, 'Pacific/Auckland');

    // 14:00 local on 1 March is 01:00 UTC, already 1 March in UTC too.
    await expiry.run(new Date('2026-03-01T01:00:00Z'));
    expect(await ledger.balance(tenant, kiri)).toBe(40);

    // 00:30 local on 2 March.
    await expiry.run(new Date('2026-03-01T11:30:00Z'));
    expect(await ledger.balance(tenant, kiri)).toBe(0);
    const [expired] = await ledger.published.waitFor(PointsExpired, { accountId: kiri });
    expect(expired.data).toEqual({
      accountId: kiri,
      points: 40,
      creditedBefore: '2026-02-02T00:00:00.000+13:00',
      balance: 0,
    });
    const { body: history } = await http().get(`/tenants/${tenant}/accounts/${kiri}/history`);
    expect(history.entries[0]).toMatchObject({
      movementId: `expire:${kiri}:2026-02-02`,
      reason: 'points credited before 2026-02-02 expired',
    });
  });

  it('leaves tenants without a policy alone', async () => {
    const tenant = `forever-${randomUUID().slice(0, 8)}`;
    const keeper = randomUUID();
    await ledger.earn(tenant, keeper, 40);
    await expiry.run(new Date(Date.now() + 100 * MONTH));
    expect(await ledger.balance(tenant, keeper)).toBe(40);
  });
});
