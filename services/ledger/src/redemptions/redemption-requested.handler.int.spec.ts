import {
  CloudEvent,
  createEvent,
  DebitRejected,
  deadLetterTopic,
  PointsRefunded,
  PointsSpent,
  RedemptionFailed,
  RedemptionRequested,
  Topics,
  VoucherCancelled,
} from '@citypoints/contracts';
import { produceEvents, TopicReader } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { LedgerUnderTest, startLedger } from '../testing/start-ledger';

describe('spend: the ledger answers RedemptionRequested', () => {
  const tenant = 'voucher-town';
  let ledger: LedgerUnderTest;

  beforeAll(async () => {
    ledger = await startLedger();
  });

  afterAll(async () => {
    await ledger?.close();
  });

  const request = (userId: string, points: number, redemptionId = randomUUID()) =>
    createEvent(
      RedemptionRequested,
      { redemptionId, userId, offerId: randomUUID(), points },
      { source: '/citypoints/rewards', tenantid: tenant },
    );
  const send = (userId: string, events: CloudEvent[]) =>
    produceEvents(ledger.topic(Topics.rewards), events, `${tenant}:${userId}`);
  const lowestBalance = async (userId: string) =>
    Number(
      (
        await ledger.db.query(
          `SELECT min(balance_after) AS low FROM account_history
           WHERE tenant_id = $1 AND account_id = $2`,
          [tenant, userId],
        )
      )[0].low,
    );

  it('takes exactly 10 of 50 requests for 10 points from 100, and rejects the other 40', async () => {
    const user = randomUUID();
    await ledger.earn(tenant, user, 100);
    const requests = Array.from({ length: 50 }, () => request(user, 10));
    await send(user, requests);

    const spent = await ledger.published.waitFor(PointsSpent, { accountId: user }, 10);
    const rejected = await ledger.published.waitFor(DebitRejected, { accountId: user }, 40);
    expect(spent).toHaveLength(10);
    expect(rejected).toHaveLength(40);
    const answered = [...spent, ...rejected].map(
      (event) => (event.data as { redemptionId: string }).redemptionId,
    );
    expect(new Set(answered)).toEqual(new Set(requests.map((event) => event.data.redemptionId)));
    expect(rejected[0].data).toEqual(
      expect.objectContaining({
        balance: 0,
        points: 10,
        reason: 'the account holds 0 points, fewer than the 10 asked for',
      }),
    );
    expect(rejected[0].causationid).toBe(requests[10].id);
    expect(await ledger.balance(tenant, user)).toBe(0);
    expect(await lowestBalance(user)).toBe(0);
  });

  it('takes the points of a redemption requested twice under two event ids once', async () => {
    const user = randomUUID();
    await ledger.earn(tenant, user, 100);
    const redemptionId = randomUUID();
    const marker = request(user, 1);
    await send(user, [request(user, 30, redemptionId), request(user, 30, redemptionId), marker]);

    await ledger.published.waitFor(PointsSpent, { redemptionId: marker.data.redemptionId });
    expect(ledger.published.matching(PointsSpent, { redemptionId })).toHaveLength(1);
    expect(await ledger.balance(tenant, user)).toBe(69);
  });

  it('dead-letters a malformed request with the reason and takes nothing', async () => {
    const user = randomUUID();
    await ledger.earn(tenant, user, 100);
    const valid = request(user, 10);
    const deadLetters = await TopicReader.read(deadLetterTopic(ledger.topic(Topics.rewards)));
    try {
      await send(user, [{ ...valid, data: { ...valid.data, points: -10 } }, request(user, 5)]);
      const [deadLetter] = await deadLetters.waitForMessages({ ce_id: valid.id });
      expect(String(deadLetter.headers?.['dlt-reason'])).toBe(
        'invalid event: data.points: points must be a positive integer',
      );
      expect(String(deadLetter.headers?.['dlt-consumer-group'])).toMatch(/\.ledger-redemptions$/);
      await ledger.published.waitFor(PointsSpent, { accountId: user });
      expect(ledger.published.matching(PointsSpent, { accountId: user })).toHaveLength(1);
      expect(await ledger.balance(tenant, user)).toBe(95);
    } finally {
      await deadLetters.close();
    }
  });

  describe('refund', () => {
    const cancelled = (userId: string, redemptionId: string, points: number) =>
      createEvent(
        VoucherCancelled,
        {
          voucherId: randomUUID(),
          redemptionId,
          offerId: randomUUID(),
          partnerId: randomUUID(),
          userId,
          points,
          cancelledAt: new Date().toISOString(),
        },
        { source: '/citypoints/rewards', tenantid: tenant },
      );
    const failed = (userId: string, redemptionId: string) =>
      createEvent(
        RedemptionFailed,
        { redemptionId, offerId: randomUUID(), userId, reason: 'timed-out' },
        { source: '/citypoints/rewards', tenantid: tenant },
      );

    it("gives a cancelled voucher's points back once, however often the cancellation comes", async () => {
      const user = randomUUID();
      await ledger.earn(tenant, user, 100);
      const bought = request(user, 30);
      const { redemptionId } = bought.data;
      const cancel = cancelled(user, redemptionId, 30);
      await send(user, [bought, cancel, cancel, cancelled(user, redemptionId, 30)]);

      const [refund] = await ledger.published.waitFor(PointsRefunded, { redemptionId });
      expect(refund.data).toEqual({ accountId: user, redemptionId, points: 30, balance: 100 });
      expect(refund.causationid).toBe(cancel.id);
      const marker = request(user, 1);
      await send(user, [marker]);
      await ledger.published.waitFor(PointsSpent, { redemptionId: marker.data.redemptionId });
      expect(ledger.published.matching(PointsRefunded, { redemptionId })).toHaveLength(1);
      expect(await ledger.balance(tenant, user)).toBe(99);
    });

    it('gives back the points of a redemption that failed after its debit, and nothing for a rejected one', async () => {
      const user = randomUUID();
      await ledger.earn(tenant, user, 50);
      const late = request(user, 40);
      const rejected = request(user, 40);
      await send(user, [
        late,
        rejected,
        failed(user, late.data.redemptionId),
        failed(user, rejected.data.redemptionId),
      ]);

      await ledger.published.waitFor(DebitRejected, {
        redemptionId: rejected.data.redemptionId,
      });
      const [refund] = await ledger.published.waitFor(PointsRefunded, {
        redemptionId: late.data.redemptionId,
      });
      expect(refund.data).toEqual(expect.objectContaining({ points: 40, balance: 50 }));
      const marker = request(user, 1);
      await send(user, [marker]);
      await ledger.published.waitFor(PointsSpent, { redemptionId: marker.data.redemptionId });
      expect(ledger.published.matching(PointsRefunded, { accountId: user })).toHaveLength(1);
      expect(await ledger.balance(tenant, user)).toBe(49);
    });
  });
});
