import { PointsSpent, RedemptionFailed, RedemptionRequested, Topics } from '@citypoints/contracts';
import { TestApp } from '@citypoints/platform/testing';
import { TopicReader, waitFor } from '@citypoints/testing';
import { RewardsConfig } from '../rewards-config';
import { answer, person, rewardsWithPartner } from '../testing/redemption-fixture';
import { startRewards } from '../testing/start-rewards';
import { RedemptionTimeouts } from './redemption-timeouts';

describe('redemption timeouts', () => {
  let service: TestApp;
  let rewards: TopicReader;

  beforeAll(async () => {
    service = await startRewards({ REDEMPTION_TIMEOUT_SECONDS: 60, REDEMPTION_MAX_ASKS: 2 });
    rewards = await TopicReader.read(service.topic(Topics.rewards));
  });

  afterAll(async () => {
    await rewards?.close();
    await service?.close();
  });

  it('asks the ledger again once, then fails the redemption and releases its stock; two resolvers act once', async () => {
    const shop = await rewardsWithPartner(service);
    const offerId = await shop.offer({ stock: 1 });
    const ana = person();
    const { redemptionId } = (await shop.redeem(ana, offerId)).body;
    const resolver = service.app.get(RedemptionTimeouts);
    // Another replica's resolver, on the same database.
    const replica = new RedemptionTimeouts(service.db, service.app.get(RewardsConfig));

    expect(await resolver.runOnce(new Date(Date.now() + 30_000))).toBe(0);
    const soon = new Date(Date.now() + 61_000);
    const acted = await Promise.all([resolver.runOnce(soon), replica.runOnce(soon)]);
    expect(acted.reduce((a, b) => a + b)).toBe(1);
    await rewards.waitFor(RedemptionRequested, { redemptionId }, 2);
    expect((await shop.redemption(redemptionId)).body.state).toBe('pending');

    const later = new Date(soon.getTime() + 61_000);
    expect(await resolver.runOnce(later)).toBe(1);
    const failed = await shop.redemption(redemptionId);
    expect(failed.body).toMatchObject({ state: 'failed', reason: 'timed-out' });
    await rewards.waitFor(RedemptionFailed, { redemptionId, reason: 'timed-out' });
    expect(rewards.matching(RedemptionRequested, { redemptionId })).toHaveLength(2);
    expect((await shop.redeem(person(), offerId)).status).toBe(202);
  });

  it('keeps a timed-out redemption failed when the ledger paid for it late: its unit stays on sale', async () => {
    const shop = await rewardsWithPartner(service);
    const offerId = await shop.offer({ stock: 1 });
    const ana = person();
    const { redemptionId } = (await shop.redeem(ana, offerId)).body;
    const resolver = service.app.get(RedemptionTimeouts);
    await resolver.runOnce(new Date(Date.now() + 61_000));
    await resolver.runOnce(new Date(Date.now() + 122_000));
    expect((await shop.redemption(redemptionId)).body.state).toBe('failed');

    await answer(service, PointsSpent, ana.userId, redemptionId);
    // A later answer on the same key: once it is applied, the late debit was too.
    const next = (await shop.redeem(ana, offerId)).body.redemptionId;
    await answer(service, PointsSpent, ana.userId, next);
    await waitFor('the next voucher', async () => {
      const { body } = await shop.redemption(next);
      return body.state === 'issued' ? body : undefined;
    });
    expect((await shop.redemption(redemptionId)).body).toMatchObject({
      state: 'failed',
      reason: 'timed-out',
    });
    expect(
      await service.db.query(`SELECT 1 FROM voucher WHERE redemption_id = $1`, [redemptionId]),
    ).toEqual([]);
  });
});

describe('redemption timeouts, on their schedule', () => {
  let service: TestApp;

  beforeAll(async () => {
    service = await startRewards({
      REDEMPTION_TIMEOUT_SECONDS: 1,
      REDEMPTION_CHECK_INTERVAL_SECONDS: 1,
      REDEMPTION_MAX_ASKS: 1,
    });
  });

  afterAll(async () => {
    await service?.close();
  });

  it('fails an unanswered redemption after the timeout by itself, and its unit is on sale again', async () => {
    const shop = await rewardsWithPartner(service);
    const offerId = await shop.offer({ stock: 1 });
    const { redemptionId } = (await shop.redeem(person(), offerId)).body;
    const failed = await waitFor('the timed-out redemption', async () => {
      const { body } = await shop.redemption(redemptionId);
      return body.state === 'failed' ? body : undefined;
    });
    expect(failed.reason).toBe('timed-out');
    expect((await shop.redeem(person(), offerId)).status).toBe(202);
  });
});
