import { waitFor } from '@citypoints/testing';
import request from 'supertest';
import { randomUUID } from 'node:crypto';
import { citizen, createTenant, credit, Person, staff } from '../testing/people';
import {
  asPerson,
  bindStaff,
  busPass,
  offerOf,
  partnerOf,
  settledRedemption,
} from '../testing/rewards-fixture';
import { GatewayCluster, startCluster } from '../testing/start-cluster';

describe('rewards through the gateway: catalogue, redemption, counter, approval', () => {
  const tenant = 'rewards-town';
  let cluster: GatewayCluster;
  let admin: Person;
  let partnerId: string;
  let cashier: Person;

  beforeAll(async () => {
    cluster = await startCluster();
    await createTenant(cluster, tenant);
    admin = await staff(cluster, tenant, 'tenant-admin');
    partnerId = await partnerOf(cluster, admin);
    cashier = await staff(cluster, tenant, 'partner-staff');
    await bindStaff(cluster, admin, partnerId, cashier);
  });

  afterAll(async () => {
    await cluster?.close();
  });

  const as = (person: Person) => asPerson(cluster, person);

  it('shows a resident the catalogue with their balance and which offers it affords', async () => {
    const ana = await citizen(cluster, tenant);
    await credit(cluster, admin, ana, 10);
    const cheap = await offerOf(cluster, admin, partnerId, 'published', { pricePoints: 10 });
    const dear = await offerOf(cluster, admin, partnerId, 'published', { pricePoints: 11 });
    const draft = await offerOf(cluster, admin, partnerId, 'draft', { pricePoints: 1 });

    const catalogue = await as(ana)('get', '/offers').expect(200);

    expect(catalogue.body.balance).toBe(10);
    const affordable = (offerId: string) =>
      catalogue.body.offers.find((offer: { offerId: string }) => offer.offerId === offerId)
        ?.affordable;
    expect(affordable(cheap)).toBe(true);
    expect(affordable(dear)).toBe(false);
    expect(affordable(draft)).toBeUndefined();
    const one = await as(ana)('get', `/offers/${dear}`).expect(200);
    expect(one.body).toMatchObject({ offerId: dear, pricePoints: 11, affordable: false });
  });

  it('redeems points for a voucher with its QR code, which the resident finds among theirs', async () => {
    const ana = await citizen(cluster, tenant);
    await credit(cluster, admin, ana, 20);
    const offerId = await offerOf(cluster, admin, partnerId, 'published', { pricePoints: 5 });

    const redemption = await settledRedemption(cluster, ana, offerId);

    expect(redemption).toMatchObject({ state: 'issued', offerId, userId: ana.userId, points: 5 });
    const voucher = redemption.voucher as { code: string; qrSvg: string; voucherId: string };
    expect(voucher.qrSvg).toContain('<svg');
    const mine = await as(ana)('get', '/me/vouchers').expect(200);
    expect(mine.body.vouchers).toEqual([
      expect.objectContaining({
        voucherId: voucher.voucherId,
        code: voucher.code,
        partnerId,
        qrSvg: voucher.qrSvg,
      }),
    ]);
    expect((await as(ana)('get', '/me/balance').expect(200)).body.balance).toBe(15);
  });

  it('takes a voucher at its partner’s counter once; a second use says when and where', async () => {
    const ana = await citizen(cluster, tenant);
    await credit(cluster, admin, ana, 5);
    const offerId = await offerOf(cluster, admin, partnerId, 'published', { pricePoints: 5 });
    const { code } = (await settledRedemption(cluster, ana, offerId)).voucher as { code: string };
    const typed = code.toLowerCase().replaceAll('-', ' ');

    const found = await as(cashier)('get', `/counter/vouchers?code=${encodeURIComponent(typed)}`);
    expect(found.status).toBe(200);
    expect(found.body).toMatchObject({ code, holder: ana.userId, state: 'valid' });
    const use = () =>
      as(cashier)('post', '/counter/vouchers/use').send({ code, counter: 'till 2' });
    const used = await use();
    expect(used.status).toBe(200);
    expect(used.body).toMatchObject({ state: 'used', usedAtCounter: 'till 2' });

    const again = await use();
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      code: 'voucher-used',
      usedAt: used.body.usedAt,
      usedAtCounter: 'till 2',
    });
    expect(again.body.detail).toContain('till 2');
  });

  it("knows no other partner's voucher at a counter: 404, as for a code that does not exist", async () => {
    const ana = await citizen(cluster, tenant);
    await credit(cluster, admin, ana, 5);
    const offerId = await offerOf(cluster, admin, partnerId, 'published', { pricePoints: 5 });
    const { code } = (await settledRedemption(cluster, ana, offerId)).voucher as { code: string };
    const elsewhere = await staff(cluster, tenant, 'partner-staff');
    await bindStaff(cluster, admin, await partnerOf(cluster, admin, 'Cascais Museum'), elsewhere);

    const lookup = await as(elsewhere)('get', `/counter/vouchers?code=${code}`);
    const use = await as(elsewhere)('post', '/counter/vouchers/use').send({ code });

    for (const refused of [lookup, use]) {
      expect(refused.status).toBe(404);
      expect(refused.body.code).toBe('unknown-voucher');
    }
    expect(JSON.stringify([lookup.body, use.body])).not.toContain(ana.userId);
  });

  it('cancels an unused voucher with the reason, and counts it in the partner’s statistics', async () => {
    const ana = await citizen(cluster, tenant);
    await credit(cluster, admin, ana, 5);
    const offerId = await offerOf(cluster, admin, partnerId, 'published', { pricePoints: 5 });
    const { code } = (await settledRedemption(cluster, ana, offerId)).voucher as { code: string };
    const reason = 'the customer changed their mind';

    const cancelled = await as(cashier)('post', '/counter/vouchers/cancellation')
      .send({ code, reason })
      .expect(200);

    expect(cancelled.body).toMatchObject({ code, state: 'cancelled', cancelReason: reason });
    await waitFor('the ledger to refund the voucher', async () =>
      (await as(ana)('get', '/me/balance')).body.balance === 5 ? true : undefined,
    );
    const use = await as(cashier)('post', '/counter/vouchers/use').send({ code });
    expect(use.status).toBe(409);
    const today = new Date().toISOString().slice(0, 10);
    const statistics = await as(cashier)(
      'get',
      `/partners/${partnerId}/statistics?from=${today}&to=${today}`,
    ).expect(200);
    const ofOffer = statistics.body.offers.find((o: { offerId: string }) => o.offerId === offerId);
    expect(ofOffer.totals).toEqual({ issued: 1, used: 0, expired: 0, cancelled: 1 });
  });

  it('puts a partner’s offer on sale only once a tenant admin approves it', async () => {
    const ana = await citizen(cluster, tenant);
    const staffAs = as(cashier);
    const created = await staffAs('post', '/offers').send(busPass(partnerId)).expect(201);
    const offer = `/offers/${created.body.offerId}`;
    expect(created.body.state).toBe('draft');
    await staffAs('post', `${offer}/submission`).expect(200);

    const selfApproved = await staffAs('post', `${offer}/publication`);
    expect(selfApproved.status).toBe(403);
    const rejected = await as(admin)('post', `${offer}/rejection`)
      .send({ reason: 'Say which buses.' })
      .expect(200);
    expect(rejected.body).toMatchObject({ state: 'draft', rejectionReason: 'Say which buses.' });
    await staffAs('post', `${offer}/submission`).expect(200);
    const catalogue = async () =>
      JSON.stringify((await as(ana)('get', '/offers').expect(200)).body.offers);
    expect(await catalogue()).not.toContain(created.body.offerId);

    const published = await as(admin)('post', `${offer}/publication`).expect(200);

    expect(published.body.state).toBe('published');
    expect(await catalogue()).toContain(created.body.offerId);
  });

  it('forwards the Idempotency-Key: a retry of a redemption is the same redemption', async () => {
    const ana = await citizen(cluster, tenant);
    await credit(cluster, admin, ana, 10);
    const offerId = await offerOf(cluster, admin, partnerId, 'published', { pricePoints: 5 });
    const key = randomUUID();
    const redeem = () =>
      request(cluster.gateway.url)
        .post('/api/v1/redemptions')
        .auth(ana.accessToken, { type: 'bearer' })
        .set('idempotency-key', key)
        .send({ offerId });

    const [first, retry] = [await redeem(), await redeem()];

    expect(first.status).toBe(202);
    expect(retry.body.redemptionId).toBe(first.body.redemptionId);
  });
});
