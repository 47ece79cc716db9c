import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { waitFor } from '@citypoints/testing';
import { citizen, createTenant, credit, Person, staff } from '../testing/people';
import { listenToEvents } from '../testing/listen-to-events';
import { mintAccessToken } from '../testing/mint-access-token';
import { offerOf, partnerOf } from '../testing/rewards-fixture';
import { GatewayCluster, startCluster } from '../testing/start-cluster';

describe('GET /api/v1/me/events', () => {
  const tenant = 'live-town';
  let cluster: GatewayCluster;
  let admin: Person;

  beforeAll(async () => {
    cluster = await startCluster({ SSE_HEARTBEAT_MS: '300' });
    await createTenant(cluster, tenant);
    admin = await staff(cluster, tenant, 'tenant-admin');
    await waitFor('the live feed to join Kafka', async () =>
      (await request(cluster.gateway.managementUrl).get('/health/ready')).status === 200
        ? true
        : undefined,
    );
  });

  afterAll(async () => {
    await cluster?.close();
  });

  it("pushes a person's own balance changes, not another person's, with heartbeats", async () => {
    const [ana, rui, eva] = [
      await citizen(cluster, tenant),
      await citizen(cluster, tenant),
      await citizen(cluster, tenant),
    ];
    await credit(cluster, admin, ana, 100);
    await credit(cluster, admin, eva, 100);
    const [anaStream, ruiStream] = [
      await listenToEvents(cluster.gateway.url, { token: ana.accessToken }),
      await listenToEvents(cluster.gateway.url, { token: rui.accessToken }),
    ];
    try {
      expect(anaStream.response.status).toBe(200);
      expect(anaStream.response.headers.get('content-type')).toContain('text/event-stream');
      const transferId = randomUUID();
      await request(cluster.gateway.url)
        .post('/api/v1/me/transfers')
        .auth(ana.accessToken, { type: 'bearer' })
        .send({ transferId, to: rui.userId, points: 25 })
        .expect(200);
      // Eva's own transfer to herself is impossible; her adjustment concerns only her.
      await credit(cluster, admin, eva, 7);

      const sent = await waitFor('Ana to receive her transfer', async () =>
        anaStream.events.find((e) => e.event === 'PointsTransferred'),
      );
      expect(sent.data).toMatchObject({
        transferId,
        fromAccountId: ana.userId,
        toAccountId: rui.userId,
        points: 25,
        accountId: ana.userId,
        balance: 75,
      });
      const received = await waitFor('Rui to receive the transfer', async () =>
        ruiStream.events.find((e) => e.event === 'PointsTransferred'),
      );
      expect(received.data).toMatchObject({ transferId, accountId: rui.userId, balance: 25 });
      // Each sees only their own balance: Rui not Ana's 75, Ana not Rui's 25.
      for (const { data } of [sent, received]) {
        expect(data).not.toHaveProperty('fromBalance');
        expect(data).not.toHaveProperty('toBalance');
      }
      await waitFor('a heartbeat', async () => (anaStream.heartbeats() > 0 ? true : undefined));

      const everything = JSON.stringify([...anaStream.events, ...ruiStream.events]);
      expect(everything).not.toContain(eva.userId);
    } finally {
      anaStream.close();
      ruiStream.close();
    }
  });

  it("pushes a person's redemptions to them alone: a voucher, why not, its cancellation and refund", async () => {
    const [ana, rui] = [await citizen(cluster, tenant), await citizen(cluster, tenant)];
    await credit(cluster, admin, ana, 10);
    const partnerId = await partnerOf(cluster, admin);
    const offerId = await offerOf(cluster, admin, partnerId, 'published', { pricePoints: 8 });
    const [anaStream, ruiStream] = [
      await listenToEvents(cluster.gateway.url, { token: ana.accessToken }),
      await listenToEvents(cluster.gateway.url, { token: rui.accessToken }),
    ];
    const redeem = async () =>
      (
        await request(cluster.gateway.url)
          .post('/api/v1/redemptions')
          .auth(ana.accessToken, { type: 'bearer' })
          .set('idempotency-key', randomUUID())
          .send({ offerId })
          .expect(202)
      ).body.redemptionId as string;
    try {
      const paid = await redeem();
      const issued = await waitFor('Ana to hear of her voucher', async () =>
        anaStream.events.find((e) => e.event === 'VoucherIssued'),
      );
      expect(issued.data).toMatchObject({
        redemptionId: paid,
        offerId,
        partnerId,
        userId: ana.userId,
      });
      // The code is the voucher's bearer secret: it never travels on the stream.
      expect(issued.data).not.toHaveProperty('code');
      // 2 points left: the ledger refuses the second.
      const refused = await redeem();
      const failed = await waitFor('Ana to hear why her second redemption failed', async () =>
        anaStream.events.find((e) => e.event === 'RedemptionFailed'),
      );
      expect(failed.data).toMatchObject({
        redemptionId: refused,
        userId: ana.userId,
        reason: 'not-enough-points',
      });
      // The partner cancels the voucher: Ana hears of it, and of her 8 points coming back.
      const { voucher } = (
        await request(cluster.gateway.url)
          .get(`/api/v1/redemptions/${paid}`)
          .auth(ana.accessToken, { type: 'bearer' })
          .expect(200)
      ).body;
      await request(cluster.gateway.url)
        .post('/api/v1/counter/vouchers/cancellation')
        .auth(admin.accessToken, { type: 'bearer' })
        .send({ code: voucher.code, reason: 'the bus strike' })
        .expect(200);
      const cancelled = await waitFor('Ana to hear her voucher was cancelled', async () =>
        anaStream.events.find((e) => e.event === 'VoucherCancelled'),
      );
      expect(cancelled.data).toMatchObject({ redemptionId: paid, points: 8 });
      expect(JSON.stringify(cancelled.data)).not.toContain('the bus strike');
      const refunded = await waitFor('Ana to hear of her refund', async () =>
        anaStream.events.find((e) => e.event === 'PointsRefunded'),
      );
      expect(refunded.data).toMatchObject({ redemptionId: paid, points: 8, balance: 10 });
      await waitFor('a heartbeat for Rui', async () =>
        ruiStream.heartbeats() > 0 ? true : undefined,
      );
      expect(JSON.stringify(ruiStream.events)).not.toContain(offerId);
    } finally {
      anaStream.close();
      ruiStream.close();
    }
  });

  it('ends the stream when its access token expires, saying so', async () => {
    const ana = await citizen(cluster, tenant);
    const stream = await listenToEvents(cluster.gateway.url, {
      token: await mintAccessToken(cluster, ana, 3),
    });
    try {
      expect(stream.response.status).toBe(200);
      await waitFor('a heartbeat', async () => (stream.heartbeats() > 0 ? true : undefined));
      expect(stream.ended()).toBe(false);
      await waitFor('the stream to end', async () => (stream.ended() ? true : undefined), 6000);
      expect(stream.events.at(-1)).toEqual({
        event: 'StreamEnded',
        data: { type: 'StreamEnded', reason: 'expired' },
      });
    } finally {
      stream.close();
    }
  });

  it('ends the stream within a heartbeat once the person signs out everywhere', async () => {
    const ana = await citizen(cluster, tenant);
    const stream = await listenToEvents(cluster.gateway.url, { token: ana.accessToken });
    try {
      await waitFor('a heartbeat', async () => (stream.heartbeats() > 0 ? true : undefined));
      await request(cluster.gateway.url)
        .post('/api/v1/me/sign-out-everywhere')
        .auth(ana.accessToken, { type: 'bearer' })
        .expect(204);
      await waitFor('the stream to end', async () => (stream.ended() ? true : undefined), 3000);
      expect(stream.events.at(-1)?.data).toEqual({ type: 'StreamEnded', reason: 'revoked' });
      const again = await listenToEvents(cluster.gateway.url, { token: ana.accessToken });
      expect(again.response.status).toBe(401);
    } finally {
      stream.close();
    }
  });
});
