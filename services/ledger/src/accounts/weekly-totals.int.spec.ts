import { Actor } from '@citypoints/platform';
import { randomUUID } from 'node:crypto';
import { causeAccount } from '../core/account-registry';
import { Movement, POINTS_EXPIRED, POINTS_REDEEMED } from '../core/movement';
import { LedgerUnderTest, startLedger } from '../testing/start-ledger';

describe("weekly totals: a tenant's points issued, spent, donated and expired per week", () => {
  const tenant = 'weekly-town';
  const admin: Actor = { userId: randomUUID(), tenant, role: 'tenant-admin', generation: 0 };
  let ledger: LedgerUnderTest;

  beforeAll(async () => {
    ledger = await startLedger();
  });

  afterAll(async () => {
    await ledger?.close();
  });

  // The history records a movement at the time of its transaction: moved back to `at`.
  const at = (instant: string) =>
    ledger.db.query(
      `UPDATE account_history SET recorded_at = $2
       WHERE tenant_id = $1 AND recorded_at > now() - interval '1 hour'`,
      [tenant, instant],
    );
  const move = (movement: Pick<Movement, 'kind' | 'from' | 'to' | 'amount'>) =>
    ledger.db.transaction((tx) =>
      ledger.ledger.record(
        {
          ...movement,
          id: `${movement.kind}:${randomUUID()}`,
          tenantId: tenant,
          reason: 'a movement of the test',
          correlationId: randomUUID(),
        },
        tx,
      ),
    );
  const weekly = async (query: string, actor = admin) =>
    (await ledger.httpAs(actor)).get(`/tenants/${tenant}/totals/weekly${query}`);

  it('sums each week of the span, UTC, net of corrections, empty weeks with zeros', async () => {
    const [ana, rui, cause] = [randomUUID(), randomUUID(), randomUUID()];
    await ledger.open(tenant, causeAccount(cause), 'cause');
    await ledger.earn(tenant, ana, 100);
    await at('2025-03-03T10:00:00Z'); // 2025-W10
    await ledger.earn(tenant, rui, 50);
    await move({ kind: 'spend', from: ana, to: POINTS_REDEEMED, amount: 30 });
    await at('2025-03-16T23:59:00Z'); // Sunday of 2025-W11
    await move({ kind: 'donate', from: ana, to: causeAccount(cause), amount: 20 });
    await move({ kind: 'adjust', from: rui, to: 'system:points-issued', amount: 5 });
    await move({ kind: 'expire', from: rui, to: POINTS_EXPIRED, amount: 10 });
    await at('2025-03-24T00:00:00Z'); // Monday of 2025-W13
    await ledger.earn(tenant, rui, 7);
    await at('2025-03-31T00:00:00Z'); // after the span

    const answer = await weekly('?from=2025-03-03&to=2025-03-30');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      from: '2025-03-03',
      to: '2025-03-30',
      timeZone: 'UTC',
      weeks: [
        { week: '2025-W10', issued: 100, spent: 0, donated: 0, expired: 0 },
        { week: '2025-W11', issued: 50, spent: 30, donated: 0, expired: 0 },
        { week: '2025-W12', issued: 0, spent: 0, donated: 0, expired: 0 },
        { week: '2025-W13', issued: -5, spent: 0, donated: 20, expired: 10 },
      ],
    });
  });

  it('refuses a bad span naming the field, and anyone but the tenant admins', async () => {
    const notADay = await weekly('?to=2025-02-29');
    expect(notADay.status).toBe(400);
    expect(notADay.body.errors).toEqual([expect.objectContaining({ field: 'to' })]);
    const reversed = await weekly('?from=2025-03-31&to=2025-03-30');
    expect(reversed.status).toBe(400);
    expect(reversed.body).toMatchObject({ code: 'statistics-span-reversed' });
    const resident: Actor = { ...admin, role: 'citizen' };
    expect((await weekly('', resident)).status).toBe(403);
    expect((await weekly('', { ...admin, tenant: 'other-town' })).status).toBe(403);
  });
});
