import { PointsSpent } from '@citypoints/contracts';
import { TestApp } from '@citypoints/platform/testing';
import { waitFor } from '@citypoints/testing';
import {
  answer,
  person,
  rewardsWithPartner,
  tenant,
  bindCounterStaff,
} from '../testing/redemption-fixture';
import { startRewards } from '../testing/start-rewards';

describe('partner statistics', () => {
  let service: TestApp;
  let shop: Awaited<ReturnType<typeof rewardsWithPartner>>;
  const staff = person('partner-staff');
  const otherStaff = person('partner-staff');

  beforeAll(async () => {
    service = await startRewards();
    shop = await rewardsWithPartner(service);
    await bindCounterStaff(shop, staff, otherStaff);
  });

  afterAll(async () => {
    await service?.close();
  });

  const path = () => `/tenants/${tenant}/partners/${shop.partnerId}/statistics`;
  const isoWeek = async (at: string) =>
    (
      await service.db.query(
        `SELECT to_char($1::timestamptz AT TIME ZONE 'UTC', 'IYYY-"W"IW') AS w`,
        [at],
      )
    )[0].w;

  async function voucher(offerId: string) {
    const holder = person();
    const { redemptionId } = (await shop.redeem(holder, offerId)).body;
    await answer(service, PointsSpent, holder.userId, redemptionId);
    return waitFor(
      `voucher of ${redemptionId}`,
      async () => (await shop.redemption(redemptionId)).body.voucher,
    );
  }

  it('counts vouchers issued, used, expired and cancelled per offer and week', async () => {
    const bus = await shop.offer();
    const bike = await shop.offer({ texts: { en: { title: 'Bike hire', description: 'A day.' } } });
    const [a, b, c, d] = [
      await voucher(bus),
      await voucher(bus),
      await voucher(bus),
      await voucher(bus),
    ];
    const counter = await service.httpAs(staff);
    await counter.post(`/tenants/${tenant}/vouchers/use`).send({ code: a.code }).expect(200);
    await counter
      .post(`/tenants/${tenant}/vouchers/cancellation`)
      .send({ code: b.code, reason: 'the customer asked' })
      .expect(200);
    // c expired three weeks ago, unused; it was issued a week before that.
    await service.db.query(
      `UPDATE voucher SET issued_at = now() - interval '28 days', expires_at = now() - interval '21 days'
       WHERE voucher_id = $1`,
      [c.voucherId],
    );

    const stats = await counter.get(path());
    expect(stats.status).toBe(200);
    const thisWeek = await isoWeek(new Date().toISOString());
    const [issuedWeek, expiredWeek] = [
      await isoWeek(new Date(Date.now() - 28 * 86_400_000).toISOString()),
      await isoWeek(new Date(Date.now() - 21 * 86_400_000).toISOString()),
    ];
    const busStats = stats.body.offers.find((o: { offerId: string }) => o.offerId === bus);
    expect(busStats.title).toEqual({ en: 'Bus day pass' });
    expect(busStats.weeks).toEqual([
      { week: issuedWeek, issued: 1, used: 0, expired: 0, cancelled: 0 },
      { week: expiredWeek, issued: 0, used: 0, expired: 1, cancelled: 0 },
      { week: thisWeek, issued: 3, used: 1, expired: 0, cancelled: 1 },
    ]);
    expect(busStats.totals).toEqual({ issued: 4, used: 1, expired: 1, cancelled: 1 });
    expect(stats.body.offers.find((o: { offerId: string }) => o.offerId === bike)).toEqual({
      offerId: bike,
      title: { en: 'Bike hire' },
      weeks: [],
      totals: { issued: 0, used: 0, expired: 0, cancelled: 0 },
    });
    expect(stats.body.totals).toEqual(busStats.totals);
    expect(d.state).toBe('valid');

    // A span that ends before this week's vouchers leaves them out.
    const before = new Date(Date.now() - 8 * 86_400_000).toISOString().slice(0, 10);
    const earlier = await counter.get(path()).query({ to: before });
    const earlierBus = earlier.body.offers.find((o: { offerId: string }) => o.offerId === bus);
    expect(earlierBus.totals).toEqual({ issued: 1, used: 0, expired: 1, cancelled: 0 });
    expect((await (await shop.as()).get(path())).body.totals).toEqual(stats.body.totals);
  });

  it("refuses another partner's staff, residents and a bad span, naming what is wrong", async () => {
    const other = await (await service.httpAs(otherStaff)).get(path());
    expect([other.status, other.body.code]).toEqual([404, 'unknown-partner']);
    const resident = await (await service.httpAs(person())).get(path());
    expect([resident.status, resident.body.code]).toEqual([403, 'tenant-admins-only']);
    const counter = await service.httpAs(staff);
    for (const [query, field, code] of [
      [{ from: '2026-02-30' }, 'from', undefined],
      [{ to: 'yesterday' }, 'to', undefined],
      [{ from: '2026-12-02', to: '2026-12-01' }, 'from', 'statistics-span-reversed'],
      [{ from: '2020-01-01', to: '2026-12-01' }, 'from', 'statistics-span-too-long'],
    ] as const) {
      const refused = await counter.get(path()).query(query);
      expect(refused.status).toBe(400);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(JSON.stringify(refused.body.errors ?? refused.body.field)).toContain(field);
      if (code) expect(refused.body.code).toBe(code);
    }
  });
});
