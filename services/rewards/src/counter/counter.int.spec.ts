import { PointsSpent, Topics, VoucherCancelled, VoucherUsed } from '@citypoints/contracts';
import { TestApp } from '@citypoints/platform/testing';
import { TopicReader, waitFor } from '@citypoints/testing';
import {
  answer,
  person,
  Person,
  rewardsWithPartner,
  tenant,
  bindCounterStaff,
} from '../testing/redemption-fixture';
import { startRewards } from '../testing/start-rewards';
import { newVoucherCode } from '../vouchers/voucher-code';

describe('the counter', () => {
  let service: TestApp;
  let rewards: TopicReader;
  let shop: Awaited<ReturnType<typeof rewardsWithPartner>>;
  let offerId: string;
  const staff = person('partner-staff');
  const otherStaff = person('partner-staff');
  const lookupPath = `/tenants/${tenant}/vouchers/lookup`;
  const usePath = `/tenants/${tenant}/vouchers/use`;

  beforeAll(async () => {
    service = await startRewards();
    rewards = await TopicReader.read(service.topic(Topics.rewards));
    shop = await rewardsWithPartner(service);
    offerId = await shop.offer({ stock: null });
    await bindCounterStaff(shop, staff, otherStaff);
  });

  afterAll(async () => {
    await rewards?.close();
    await service?.close();
  });

  /** A voucher of the offer, bought by a new resident through the redemption saga. */
  async function voucher() {
    const holder = person();
    const { redemptionId } = (await shop.redeem(holder, offerId)).body;
    await answer(service, PointsSpent, holder.userId, redemptionId);
    const issued = await waitFor(`voucher of ${redemptionId}`, async () => {
      const { body } = await shop.redemption(redemptionId);
      return body.voucher;
    });
    return { holder, voucherId: issued.voucherId as string, code: issued.code as string };
  }

  const lookup = async (code: string, actor: Person = staff) =>
    (await shop.as(actor)).get(lookupPath).query({ code });
  const use = async (body: object, actor: Person = staff) =>
    (await shop.as(actor)).post(usePath).send(body);
  const usedAtOf = async (voucherId: string) =>
    (await service.db.query(`SELECT used_at FROM voucher WHERE voucher_id = $1`, [voucherId]))[0]
      .used_at;

  it("shows a valid voucher to its partner's staff by its QR's content or its code as typed", async () => {
    const { holder, voucherId, code } = await voucher();
    const scanned = await lookup(code);
    expect(scanned.status).toBe(200);
    expect(scanned.body).toEqual({
      voucherId,
      code,
      offer: { offerId, title: { en: 'Bus day pass' } },
      holder: holder.userId,
      issuedAt: expect.any(String),
      expiresAt: expect.any(String),
      state: 'valid',
    });
    const typed = await lookup(` ${code.replace(/-/g, '').toLowerCase()} `);
    expect(typed.body).toEqual(scanned.body);
    expect((await lookup(code, shop.admin)).body).toEqual(scanned.body);
  });

  it('uses a voucher once; a second use says when and at which counter it was used', async () => {
    const { voucherId, code } = await voucher();
    const first = await use({ code, counter: 'till 2' });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ voucherId, state: 'used', usedAtCounter: 'till 2' });
    const { usedAt } = first.body;

    const second = await use({ code, counter: 'till 3' });
    expect(second.status).toBe(409);
    expect(second.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(second.body).toMatchObject({ code: 'voucher-used', usedAt, usedAtCounter: 'till 2' });
    expect(second.body.detail).toContain(usedAt);
    expect(second.body.detail).toContain('till 2');
    expect((await lookup(code)).body).toMatchObject({
      state: 'used',
      usedAt,
      usedAtCounter: 'till 2',
    });
    const [row] = await service.db.query(`SELECT used_by FROM voucher WHERE voucher_id = $1`, [
      voucherId,
    ]);
    expect(row.used_by).toBe(staff.userId);

    const [event] = await rewards.waitFor(VoucherUsed, { voucherId });
    expect(event.data).toEqual({ voucherId, offerId, partnerId: shop.partnerId, usedAt });
    expect(event.subject).toBe(voucherId);
  });

  it('lets exactly one of 20 counters use one voucher at the same moment, and says so once', async () => {
    const { voucherId, code } = await voucher();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => use({ code, counter: `till ${i}` })),
    );
    const used = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 409);
    expect(used).toHaveLength(1);
    expect(refused).toHaveLength(19);
    expect(new Set(refused.map((a) => a.body.code))).toEqual(new Set(['voucher-used']));
    expect(new Set(refused.map((a) => a.body.usedAtCounter))).toEqual(
      new Set([used[0].body.usedAtCounter]),
    );

    // The use's event first (the marker may be another person's, on another partition), then
    // a marker used after it: no second event of the voucher came meanwhile.
    await rewards.waitFor(VoucherUsed, { voucherId });
    const marker = await voucher();
    await use({ code: marker.code });
    await rewards.waitFor(VoucherUsed, { voucherId: marker.voucherId });
    expect(rewards.matching(VoucherUsed, { voucherId })).toHaveLength(1);
  });

  it("answers another partner's staff and unbound staff as for an unknown code, changing nothing", async () => {
    const { voucherId, code } = await voucher();
    const unbound = person('partner-staff');
    for (const actor of [otherStaff, unbound]) {
      const seen = await lookup(code, actor);
      expect([seen.status, seen.body.code]).toEqual([404, 'unknown-voucher']);
      const used = await use({ code }, actor);
      expect([used.status, used.body.code]).toEqual([404, 'unknown-voucher']);
      expect(used.body.detail).toBe(seen.body.detail);
    }
    const unknown = await lookup(newVoucherCode());
    expect([unknown.status, unknown.body.code]).toEqual([404, 'unknown-voucher']);
    expect((await use({ code: newVoucherCode() })).status).toBe(404);
    expect(await usedAtOf(voucherId)).toBeNull();
  });

  it('refuses residents, the holder included, with 403', async () => {
    const { holder, voucherId, code } = await voucher();
    for (const actor of [holder, person()]) {
      const seen = await lookup(code, actor);
      expect([seen.status, seen.body.code]).toEqual([403, 'partner-staff-only']);
      const used = await use({ code }, actor);
      expect([used.status, used.body.code]).toEqual([403, 'partner-staff-only']);
    }
    const stranger = await use({ code }, person('partner-staff', 'sintra'));
    expect(stranger.status).toBe(403);
    expect(await usedAtOf(voucherId)).toBeNull();
  });

  it('shows an expired voucher as expired and refuses its use with its expiry', async () => {
    const { voucherId, code } = await voucher();
    await service.db.query(
      `UPDATE voucher SET expires_at = now() - interval '1 minute' WHERE voucher_id = $1`,
      [voucherId],
    );
    const seen = await lookup(code);
    expect(seen.body).toMatchObject({ state: 'expired' });
    const used = await use({ code, counter: 'till 2' });
    expect(used.status).toBe(409);
    expect(used.body).toMatchObject({ code: 'voucher-expired', expiresAt: seen.body.expiresAt });
    expect(await usedAtOf(voucherId)).toBeNull();
  });

  it('refuses malformed and mistyped codes and a bad counter label with 400 naming the field', async () => {
    const { voucherId, code } = await voucher();
    const last = code.slice(-1);
    const mistyped = code.slice(0, -1) + (last === 'A' ? 'B' : 'A');
    for (const [input, problem] of [
      ['ABCD-EFGH', 'malformed-voucher-code'],
      [mistyped, 'mistyped-voucher-code'],
    ]) {
      for (const answered of [await lookup(input), await use({ code: input })]) {
        expect([answered.status, answered.body.code]).toEqual([400, problem]);
        expect(answered.body.errors).toEqual([expect.objectContaining({ field: 'code' })]);
      }
    }
    const noCode = await (await shop.as(staff)).get(lookupPath);
    expect(noCode.status).toBe(400);
    expect(JSON.stringify(noCode.body.errors)).toContain('code');
    for (const counter of ['x'.repeat(61), '   ', 'till\u00002']) {
      const refused = await use({ code, counter });
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'counter' })]);
    }
    expect(await usedAtOf(voucherId)).toBeNull();
  });

  describe('cancellation', () => {
    const cancelPath = `/tenants/${tenant}/vouchers/cancellation`;
    const cancel = async (body: object, actor: Person = staff) =>
      (await shop.as(actor)).post(cancelPath).send(body);
    const reason = 'the customer asked for a refund before using it';

    it('cancels an unused voucher once, with its reason; the ledger is asked to refund its points', async () => {
      const { holder, voucherId, code } = await voucher();
      const cancelled = await cancel({ code, reason });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body).toMatchObject({ voucherId, state: 'cancelled', cancelReason: reason });
      const { cancelledAt } = cancelled.body;

      const [event] = await rewards.waitFor(VoucherCancelled, { voucherId });
      expect(event.data).toEqual({
        voucherId,
        redemptionId: expect.any(String),
        offerId,
        partnerId: shop.partnerId,
        userId: holder.userId,
        points: 300,
        cancelledAt,
      });
      expect(JSON.stringify(event)).not.toContain(reason);
      const [redemption] = await service.db.query(
        `SELECT r.state FROM redemption r JOIN voucher v USING (tenant_id, redemption_id)
         WHERE v.voucher_id = $1`,
        [voucherId],
      );
      expect(redemption.state).toBe('cancelled');

      const again = await cancel({ code, reason });
      expect([again.status, again.body.code, again.body.cancelledAt]).toEqual([
        409,
        'voucher-cancelled',
        cancelledAt,
      ]);
      const used = await use({ code });
      expect([used.status, used.body.code]).toEqual([409, 'voucher-cancelled']);
      expect((await lookup(code)).body).toMatchObject({ state: 'cancelled', cancelledAt });
      const mine = await (
        await shop.as(holder)
      ).get(`/tenants/${tenant}/people/${holder.userId}/vouchers`);
      expect(mine.body.vouchers).toEqual([
        expect.objectContaining({
          voucherId,
          state: 'cancelled',
          cancelledAt,
          qrSvg: expect.stringMatching(/^<svg/),
        }),
      ]);
    });

    it('puts the unit of a cancelled voucher back on sale', async () => {
      const limited = await shop.offer({ stock: 1 });
      const holder = person();
      const { redemptionId } = (await shop.redeem(holder, limited)).body;
      await answer(service, PointsSpent, holder.userId, redemptionId);
      const { code } = await waitFor(
        'the voucher',
        async () => (await shop.redemption(redemptionId)).body.voucher,
      );
      expect((await shop.redeem(person(), limited)).body.code).toBe('offer-sold-out');
      expect((await cancel({ code, reason })).status).toBe(200);
      expect((await shop.redeem(person(), limited)).status).toBe(202);
    });

    it('refuses a used voucher, a stranger, another partner and a missing reason, changing nothing', async () => {
      const { voucherId, code } = await voucher();
      const other = await voucher();
      expect((await use({ code: other.code, counter: 'till 1' })).status).toBe(200);
      const usedOne = await cancel({ code: other.code, reason });
      expect([usedOne.status, usedOne.body.code, usedOne.body.usedAtCounter]).toEqual([
        409,
        'voucher-used',
        'till 1',
      ]);
      expect((await cancel({ code, reason }, otherStaff)).status).toBe(404);
      expect((await cancel({ code, reason }, person())).status).toBe(403);
      for (const body of [{ code }, { code, reason: 'x' }, { code, reason: 'y'.repeat(501) }]) {
        const refused = await cancel(body);
        expect(refused.status).toBe(400);
        expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
      }
      const [row] = await service.db.query(
        `SELECT cancelled_at FROM voucher WHERE voucher_id = $1`,
        [voucherId],
      );
      expect(row.cancelled_at).toBeNull();
    });

    it('lets exactly one of a use and a cancellation at the same moment take the voucher', async () => {
      const { voucherId, code } = await voucher();
      const answers = await Promise.all([
        use({ code, counter: 'till 1' }),
        cancel({ code, reason }),
        use({ code, counter: 'till 2' }),
        cancel({ code, reason }),
      ]);
      expect(answers.filter((a) => a.status === 200)).toHaveLength(1);
      expect(answers.filter((a) => a.status === 409)).toHaveLength(3);
      const [row] = await service.db.query(
        `SELECT used_at, cancelled_at FROM voucher WHERE voucher_id = $1`,
        [voucherId],
      );
      expect([row.used_at, row.cancelled_at].filter(Boolean)).toHaveLength(1);
    });
  });
});
