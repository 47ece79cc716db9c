import {
  createEvent,
  DebitRejected,
  deadLetterTopic,
  PointsSpent,
  RedemptionFailed,
  RedemptionRequested,
  Topics,
  VoucherIssued,
} from '@citypoints/contracts';
import { TestApp } from '@citypoints/platform/testing';
import { produceEvents, TopicReader, waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import {
  answer,
  day,
  instant,
  person,
  rewardsWithPartner,
  tenant,
} from '../testing/redemption-fixture';
import { startRewards } from '../testing/start-rewards';
import { normalizeVoucherCode } from '../vouchers/voucher-code';

describe('redemptions', () => {
  let service: TestApp;
  let rewards: TopicReader;
  let shop: Awaited<ReturnType<typeof rewardsWithPartner>>;

  beforeAll(async () => {
    service = await startRewards();
    rewards = await TopicReader.read(service.topic(Topics.rewards));
    shop = await rewardsWithPartner(service);
  });

  afterAll(async () => {
    await rewards?.close();
    await service?.close();
  });

  const stateOf = (redemptionId: string, state: string) =>
    waitFor(`redemption ${redemptionId} ${state}`, async () => {
      const { body } = await shop.redemption(redemptionId);
      return body.state === state ? body : undefined;
    });

  it('sells exactly 10 of a stock of 10 to 100 people at once, and issues 10 vouchers once paid', async () => {
    const offerId = await shop.offer({ stock: 10 });
    const people = Array.from({ length: 100 }, () => person());
    const answers = await Promise.all(people.map((p) => shop.redeem(p, offerId)));

    const accepted = answers.filter((a) => a.status === 202);
    const refused = answers.filter((a) => a.status === 409);
    expect(accepted).toHaveLength(10);
    expect(refused).toHaveLength(90);
    expect(new Set(refused.map((a) => a.body.code))).toEqual(new Set(['offer-sold-out']));
    expect(refused[0].headers['content-type']).toMatch(/application\/problem\+json/);
    const requested = await rewards.waitFor(RedemptionRequested, { offerId }, 10);
    expect(requested).toHaveLength(10);
    const [{ count }] = await service.db.query(
      `SELECT count(*)::int AS count FROM redemption WHERE offer_id = $1`,
      [offerId],
    );
    expect(count).toBe(10);

    for (const event of requested) {
      const { userId, redemptionId } = event.data as { userId: string; redemptionId: string };
      await answer(service, PointsSpent, userId, redemptionId);
    }
    const issued = await rewards.waitFor(VoucherIssued, { offerId }, 10);
    expect(issued).toHaveLength(10);
    expect(issued[0].data).not.toHaveProperty('code');
    const codes = await Promise.all(
      accepted.map(async (a) => (await stateOf(a.body.redemptionId, 'issued')).voucher.code),
    );
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(() => normalizeVoucherCode(code)).not.toThrow();
    expect((await shop.redeem(person(), offerId)).body.code).toBe('offer-sold-out');
  });

  it('gives the stock back when the ledger rejects the debit, so another person can redeem it', async () => {
    const offerId = await shop.offer({ stock: 1 });
    const [ana, rui] = [person(), person()];
    const { body } = await shop.redeem(ana, offerId);
    expect(body).toEqual({ redemptionId: expect.any(String), state: 'pending' });
    expect((await shop.redeem(rui, offerId)).body.code).toBe('offer-sold-out');

    await answer(service, DebitRejected, ana.userId, body.redemptionId);
    const failed = await stateOf(body.redemptionId, 'failed');
    expect(failed).toMatchObject({ reason: 'not-enough-points', points: 300 });
    expect(failed.voucher).toBeUndefined();
    await rewards.waitFor(RedemptionFailed, { redemptionId: body.redemptionId });
    expect((await shop.redeem(rui, offerId)).status).toBe(202);
  });

  it('lets one person with a limit of 1 have one of two concurrent redemptions', async () => {
    const offerId = await shop.offer({ perPersonLimit: 1 });
    const ana = person();
    const answers = await Promise.all([shop.redeem(ana, offerId), shop.redeem(ana, offerId)]);
    expect(answers.map((a) => a.status).sort()).toEqual([202, 409]);
    expect(answers.find((a) => a.status === 409)?.body.code).toBe('limit-reached');
  });

  it('answers a retried Idempotency-Key with the same redemption and refuses it for another offer', async () => {
    const [offerId, otherId] = [await shop.offer(), await shop.offer()];
    const ana = person();
    const key = randomUUID();
    const [first, again] = await Promise.all([
      shop.redeem(ana, offerId, key),
      shop.redeem(ana, offerId, key),
    ]);
    expect(first.status).toBe(202);
    expect(again.status).toBe(202);
    expect(again.body).toEqual(first.body);
    const other = await shop.redeem(ana, otherId, key);
    expect(other.status).toBe(422);
    expect(other.body).toMatchObject({ code: 'idempotency-key-reused' });
    const [{ count }] = await service.db.query(
      `SELECT count(*)::int AS count FROM redemption WHERE user_id = $1`,
      [ana.userId],
    );
    expect(count).toBe(1);
  });

  it('refuses a redemption without an Idempotency-Key, naming the header', async () => {
    const offerId = await shop.offer();
    const response = await (
      await shop.as(person())
    )
      .post(`/tenants/${tenant}/redemptions`)
      .send({ offerId });
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body)).toContain('Idempotency-Key');
  });

  it('refuses paused, not yet on sale and ended offers, unknown offers and other tenants', async () => {
    const paused = await shop.offer();
    await (await shop.as()).post(`/tenants/${tenant}/offers/${paused}/pause`).expect(200);
    const later = await shop.offer({ saleStartsAt: instant(day), saleEndsAt: instant(2 * day) });
    const over = await shop.offer();
    await service.db.query(
      `UPDATE offer SET sale_starts_at = now() - interval '2 days', sale_ends_at = now() - interval '1 second'
       WHERE offer_id = $1`,
      [over],
    );
    const ana = person();
    for (const offerId of [paused, later, over]) {
      const refused = await shop.redeem(ana, offerId);
      expect([refused.status, refused.body.code]).toEqual([409, 'offer-not-on-sale']);
    }
    const unknown = await shop.redeem(ana, randomUUID());
    expect([unknown.status, unknown.body.code]).toEqual([404, 'unknown-offer']);
    const stranger = await shop.redeem(person('citizen', 'sintra'), paused);
    expect([stranger.status, stranger.body.code]).toEqual([403, 'other-tenant']);
    const [{ count }] = await service.db.query(
      `SELECT count(*)::int AS count FROM redemption WHERE user_id = $1`,
      [ana.userId],
    );
    expect(count).toBe(0);
  });

  it('issues one voucher for a redelivered PointsSpent, and ignores answers of other tenants', async () => {
    const offerId = await shop.offer();
    const ana = person();
    const { redemptionId } = (await shop.redeem(ana, offerId)).body;
    await answer(service, PointsSpent, ana.userId, redemptionId, 'sintra');
    await answer(service, DebitRejected, ana.userId, randomUUID());
    const spent = await answer(service, PointsSpent, ana.userId, redemptionId);
    await produceEvents(service.topic(Topics.ledger), [spent], `${tenant}:${ana.userId}`);
    await answer(service, DebitRejected, ana.userId, redemptionId);
    const marker = (await shop.redeem(ana, offerId)).body.redemptionId;
    await answer(service, DebitRejected, ana.userId, marker);
    await stateOf(marker, 'failed');

    const issued = await shop.redemption(redemptionId, ana);
    expect(issued.body).toMatchObject({ state: 'issued', voucher: { offerId } });
    expect(issued.body.voucher.qrSvg).toMatch(/^<svg/);
    // The outbox publishes after the commit, in order per person: the marker's failure comes
    // after every VoucherIssued of Ana's redemption.
    await rewards.waitFor(RedemptionFailed, { redemptionId: marker });
    expect(rewards.matching(VoucherIssued, { redemptionId })).toHaveLength(1);
    const vouchers = await (
      await shop.as(ana)
    ).get(`/tenants/${tenant}/people/${ana.userId}/vouchers`);
    expect(vouchers.body.vouchers).toEqual([expect.objectContaining({ redemptionId })]);
    const expiresAt = new Date(vouchers.body.vouchers[0].expiresAt).getTime();
    expect(expiresAt - new Date(vouchers.body.vouchers[0].issuedAt).getTime()).toBe(30 * day);
  });

  it('shows a redemption and vouchers to their person and admins only', async () => {
    const offerId = await shop.offer();
    const [ana, rui] = [person(), person()];
    const { redemptionId } = (await shop.redeem(ana, offerId)).body;
    expect((await shop.redemption(redemptionId, ana)).body.state).toBe('pending');
    expect((await shop.redemption(redemptionId, rui)).body.code).toBe('unknown-redemption');
    const theirs = await (
      await shop.as(rui)
    ).get(`/tenants/${tenant}/people/${ana.userId}/vouchers`);
    expect([theirs.status, theirs.body.code]).toEqual([403, 'own-vouchers-only']);
    const admins = await (await shop.as()).get(`/tenants/${tenant}/people/${ana.userId}/vouchers`);
    expect(admins.body).toEqual({ vouchers: [] });
  });

  it('dead-letters a malformed ledger answer with the reason, and changes nothing', async () => {
    const offerId = await shop.offer();
    const ana = person();
    const { redemptionId } = (await shop.redeem(ana, offerId)).body;
    const valid = createEvent(
      PointsSpent,
      { accountId: ana.userId, redemptionId, points: 300, balance: 0 },
      { source: '/citypoints/ledger', tenantid: tenant },
    );
    const malformed = { ...valid, data: { ...valid.data, points: -300 } };
    const deadLetters = await TopicReader.read(deadLetterTopic(service.topic(Topics.ledger)));
    try {
      await produceEvents(service.topic(Topics.ledger), [malformed], `${tenant}:${ana.userId}`);
      const [deadLetter] = await deadLetters.waitForMessages({ ce_id: malformed.id });
      expect(String(deadLetter.headers?.['dlt-reason'])).toBe(
        'invalid event: data.points: points must be a positive integer',
      );
      expect(String(deadLetter.headers?.['dlt-consumer-group'])).toMatch(/\.rewards-redemptions$/);
    } finally {
      await deadLetters.close();
    }
    // A later answer on Ana's key is applied, so the malformed one was passed over, unapplied.
    const marker = (await shop.redeem(ana, offerId)).body.redemptionId;
    await answer(service, DebitRejected, ana.userId, marker);
    await stateOf(marker, 'failed');
    expect((await shop.redemption(redemptionId)).body.state).toBe('pending');
  });
});
