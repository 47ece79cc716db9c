import { testConnection, waitFor } from '@citypoints/testing';
import Redis from 'ioredis';
import request from 'supertest';
import { citizen, createTenant, credit, Person, staff } from '../testing/people';
import { listenToEvents } from '../testing/listen-to-events';
import { mintAccessToken } from '../testing/mint-access-token';
import { GatewayCluster, startCluster } from '../testing/start-cluster';
import { eventTicketKey } from './event-ticket';

describe('event-stream tickets, for browsers that cannot send Authorization', () => {
  const tenant = 'ticket-town';
  let cluster: GatewayCluster;
  let admin: Person;
  let redis: Redis;

  beforeAll(async () => {
    cluster = await startCluster({ SSE_HEARTBEAT_MS: '300' });
    await createTenant(cluster, tenant);
    admin = await staff(cluster, tenant, 'tenant-admin');
    redis = new Redis(testConnection().REDIS_URL);
  });

  afterAll(async () => {
    redis?.disconnect();
    await cluster?.close();
  });

  const api = () => request(cluster.gateway.url);
  const ticketFor = async (token: string) =>
    (await api().post('/api/v1/me/event-tickets').auth(token, { type: 'bearer' }).expect(201))
      .body as { ticket: string; expiresIn: number };

  it('opens the stream once, without an Authorization header, and never twice', async () => {
    const ana = await citizen(cluster, tenant);
    const { ticket, expiresIn } = await ticketFor(ana.accessToken);
    expect(expiresIn).toBe(30);
    const stream = await listenToEvents(cluster.gateway.url, { ticket });
    try {
      expect(stream.response.status).toBe(200);
      await credit(cluster, admin, ana, 5);
      await waitFor('the credit to arrive', async () =>
        stream.events.find((e) => e.event === 'PointsAdjusted'),
      );
      const again = await listenToEvents(cluster.gateway.url, { ticket });
      expect(again.response.status).toBe(401);
      expect(again.response.headers.get('www-authenticate')).toContain('error="invalid_token"');
    } finally {
      stream.close();
    }
  });

  it('lives 30 seconds, and is refused after', async () => {
    const ana = await citizen(cluster, tenant);
    const { ticket } = await ticketFor(ana.accessToken);
    const [key] = await redis.keys(`*${eventTicketKey('', ticket)}`);
    expect(await redis.pttl(key)).toBeGreaterThan(25_000);
    expect(await redis.pttl(key)).toBeLessThanOrEqual(30_000);
    await redis.pexpire(key, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await listenToEvents(cluster.gateway.url, { ticket })).response.status).toBe(401);
  });

  it('is no access token: refused as Bearer and on other routes, and still good once', async () => {
    const ana = await citizen(cluster, tenant);
    const { ticket } = await ticketFor(ana.accessToken);
    const asBearer = await api().get('/api/v1/me/balance').auth(ticket, { type: 'bearer' });
    expect(asBearer.status).toBe(401);
    expect((await listenToEvents(cluster.gateway.url, { token: ticket })).response.status).toBe(
      401,
    );
    expect((await api().get(`/api/v1/me/balance?ticket=${ticket}`)).status).toBe(401);
    expect((await api().post(`/api/v1/me/event-tickets?ticket=${ticket}`)).status).toBe(401);
    const stream = await listenToEvents(cluster.gateway.url, { ticket });
    stream.close();
    expect(stream.response.status).toBe(200);
  });

  it('opens nothing once the session has ended', async () => {
    const ana = await citizen(cluster, tenant);
    const { ticket } = await ticketFor(ana.accessToken);
    await api()
      .post('/api/v1/me/sign-out-everywhere')
      .auth(ana.accessToken, { type: 'bearer' })
      .expect(204);
    const refused = await fetch(`${cluster.gateway.url}/api/v1/me/events?ticket=${ticket}`);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({
      detail: expect.stringContaining('session was ended'),
    });
  });

  it('ends its stream when the access token it was issued for expires', async () => {
    const ana = await citizen(cluster, tenant);
    const { ticket, expiresIn } = await ticketFor(await mintAccessToken(cluster, ana, 3));
    expect(expiresIn).toBeLessThanOrEqual(3);
    const stream = await listenToEvents(cluster.gateway.url, { ticket });
    try {
      expect(stream.response.status).toBe(200);
      await waitFor('the stream to end', async () => (stream.ended() ? true : undefined), 6000);
      expect(stream.events.at(-1)?.data).toEqual({ type: 'StreamEnded', reason: 'expired' });
    } finally {
      stream.close();
    }
  });
});
