import { createEvent, SessionsRevoked, SessionsRevokedV1, Topics } from '@citypoints/contracts';
import { produceEvents, testConnection, waitFor } from '@citypoints/testing';
import { internalApi } from '@citypoints/platform/testing';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { citizen, createTenant, credit, PASSWORD, Person, staff } from '../testing/people';
import { mintAccessToken } from '../testing/mint-access-token';
import { GatewayCluster, RunningGateway, startCluster } from '../testing/start-cluster';

describe('ended sessions: the gateway refuses the tokens issued before', () => {
  const tenant = 'revoke-town';
  let cluster: GatewayCluster;
  let first: RunningGateway;
  let second: RunningGateway;
  let admin: Person;

  beforeAll(async () => {
    cluster = await startCluster({}, { DEVELOPMENT_ROUTES: 'true' });
    first = cluster.gateway;
    second = await cluster.startGateway();
    await createTenant(cluster, tenant);
    admin = await staff(cluster, tenant, 'tenant-admin');
  });

  afterAll(async () => {
    await cluster?.close();
  });

  const get = (gateway: RunningGateway, path: string, token: string) =>
    request(gateway.url).get(`/api/v1${path}`).auth(token, { type: 'bearer' });

  /** Status on each replica; also puts the token into each replica's cache of verified tokens. */
  const statuses = async (path: string, token: string) => [
    (await get(first, path, token)).status,
    (await get(second, path, token)).status,
  ];

  it('refuses the old token at once after sign-out everywhere, on every replica', async () => {
    const ana = await citizen(cluster, tenant);
    expect(await statuses('/me/balance', ana.accessToken)).toEqual([200, 200]);
    await request(first.url)
      .post('/api/v1/me/sign-out-everywhere')
      .auth(ana.accessToken, { type: 'bearer' })
      .expect(204);

    const refused = await get(first, '/me/balance', ana.accessToken);
    expect(refused.status).toBe(401);
    expect(refused.headers['www-authenticate']).toMatch(/^Bearer .*error="invalid_token"/);
    expect(refused.body.detail).toMatch(/session was ended/);
    expect((await get(second, '/me/balance', ana.accessToken)).status).toBe(401);
    // A new sign-in is of the new generation, and works.
    const session = await request(first.url)
      .post(`/api/v1/tenants/${tenant}/sessions`)
      .send({ email: ana.email, password: PASSWORD })
      .expect(200);
    expect(await statuses('/me/balance', session.body.accessToken)).toEqual([200, 200]);
  });

  it('refuses the old token on every replica at once after a password reset', async () => {
    const ana = await citizen(cluster, tenant);
    expect(await statuses('/me/balance', ana.accessToken)).toEqual([200, 200]);
    await request(first.url)
      .post(`/api/v1/tenants/${tenant}/password-resets`)
      .send({ email: ana.email })
      .expect(202);
    const outbox = await (
      await internalApi(cluster.identityUrl, 'identity')
    )
      .get(`/tenants/${tenant}/mail-outbox`)
      .query({ recipient: ana.email })
      .expect(200);
    const token = /token[^:]*: (\S+)/.exec(outbox.body[0].body)?.[1];
    const confirmed = await request(second.url)
      .post(`/api/v1/tenants/${tenant}/password-resets/confirmations`)
      .send({ token, newPassword: 'a new horse battery staple' });
    expect(confirmed.status).toBe(204);
    expect(confirmed.text).toBe('');

    // No waiting for identity's SessionsRevoked: the gateway that forwarded the reset raised
    // the generation in Redis before answering.
    const refused = await get(first, '/me/balance', ana.accessToken);
    expect(refused.status).toBe(401);
    expect(refused.body.detail).toMatch(/session was ended/);
    expect((await get(second, '/me/balance', ana.accessToken)).status).toBe(401);
  });

  it('refuses the old token after erasure: no balance, history or export', async () => {
    const ana = await citizen(cluster, tenant);
    await credit(cluster, admin, ana, 20);
    await request(first.url)
      .delete('/api/v1/me')
      .auth(ana.accessToken, { type: 'bearer' })
      .expect(204);
    for (const path of ['/me/balance', '/me/history', '/me/export']) {
      expect(await statuses(path, ana.accessToken)).toEqual([401, 401]);
    }
  });

  it('never lowers a generation: a late, older SessionsRevoked leaves newer ends in force', async () => {
    const ana = await citizen(cluster, tenant);
    for (const generation of [0, 1]) {
      await request(first.url)
        .post('/api/v1/me/sign-out-everywhere')
        .auth(await mintAccessToken(cluster, ana, 60, generation), { type: 'bearer' })
        .expect(204);
    }
    // Redelivered late, then a marker on the same partition, read after it.
    const marker = randomUUID();
    const revoked = (userId: string, generation: number) =>
      createEvent<SessionsRevokedV1>(
        SessionsRevoked,
        { userId, generation },
        { source: 'identity', tenantid: tenant },
      );
    await produceEvents(
      cluster.topicPrefix + Topics.identity,
      [revoked(ana.userId, 1), revoked(marker, 7)],
      ana.userId,
    );
    const redis = new Redis(testConnection().REDIS_URL);
    try {
      await waitFor('the marker to be read', async () => {
        const [key] = await redis.keys(`*sessions:{${tenant}}:generation:${marker}`);
        return key && (await redis.get(key)) === '7' ? true : undefined;
      });
      const [key] = await redis.keys(`*sessions:{${tenant}}:generation:${ana.userId}`);
      expect(await redis.get(key)).toBe('2');
      expect(await redis.pttl(key)).toBeGreaterThan(15 * 60_000);
    } finally {
      redis.disconnect();
    }
    const older = await mintAccessToken(cluster, ana, 60, 1);
    const current = await mintAccessToken(cluster, ana, 60, 2);
    expect(await statuses('/me/balance', older)).toEqual([401, 401]);
    expect(await statuses('/me/balance', current)).toEqual([200, 200]);
  });
});
