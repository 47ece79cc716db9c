import { testConnection, waitFor } from '@citypoints/testing';
import Redis from 'ioredis';
import request from 'supertest';
import { listenToEvents } from '../testing/listen-to-events';
import { citizen, createTenant, Person } from '../testing/people';
import { GatewayCluster, RunningGateway, startCluster } from '../testing/start-cluster';

describe('rate limits, counted in Redis across replicas', () => {
  const tenant = 'busy-town';
  const limit = 6;
  let cluster: GatewayCluster;
  let first: RunningGateway;
  let second: RunningGateway;
  let redis: Redis;

  beforeAll(async () => {
    cluster = await startCluster({
      RATE_LIMIT_PERSON: String(limit),
      RATE_LIMIT_WINDOW_MS: '60000',
    });
    first = cluster.gateway;
    second = await cluster.startGateway();
    await createTenant(cluster, tenant);
    redis = new Redis(testConnection().REDIS_URL);
  });

  afterAll(async () => {
    redis?.disconnect();
    await cluster?.close();
  });

  const balance = (gateway: RunningGateway, person: Person) =>
    request(gateway.url).get('/api/v1/me/balance').auth(person.accessToken, { type: 'bearer' });

  it('gives 429 with Retry-After once a person passes the limit, on either replica', async () => {
    const ana = await citizen(cluster, tenant);
    const rui = await citizen(cluster, tenant);
    const statuses: number[] = [];
    for (let i = 0; i < limit; i++) {
      statuses.push((await balance(i % 2 === 0 ? first : second, ana)).status);
    }
    expect(statuses).toEqual(Array(limit).fill(200));

    for (const gateway of [first, second]) {
      const refused = await balance(gateway, ana);
      expect(refused.status).toBe(429);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
      expect(refused.body.detail).toContain(`at most ${limit}`);
    }

    const keys = await redis.keys(`*ratelimit:{${tenant}}:person:${ana.userId}`);
    expect(keys).toHaveLength(1);
    expect(Number(await redis.get(keys[0]))).toBe(limit + 2);
    expect(await redis.pttl(keys[0])).toBeGreaterThan(0);
    // Another person has a count of their own.
    expect((await balance(second, rui)).status).toBe(200);
  });

  it('lets the person in again once the window has passed', async () => {
    const eva = await citizen(cluster, tenant);
    for (let i = 0; i <= limit; i++) await balance(first, eva);
    expect((await balance(second, eva)).status).toBe(429);
    const [key] = await redis.keys(`*ratelimit:{${tenant}}:person:${eva.userId}`);
    await redis.pexpire(key, 1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect((await balance(second, eva)).status).toBe(200);
  });

  it('counts anonymous callers per client address, behind a trusted proxy', async () => {
    const behindProxy = await cluster.startGateway({ RATE_LIMIT_IP: '5', TRUST_PROXY_HOPS: '1' });
    const signIn = (address: string) =>
      request(behindProxy.url)
        .post(`/api/v1/tenants/${tenant}/sessions`)
        .set('x-forwarded-for', address)
        .send({ email: 'nobody@busy-town.example', password: 'not-the-password-1' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await signIn('203.0.113.7')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect((await signIn('203.0.113.8')).status).toBe(401);
    const keys = await redis.keys('*ratelimit:ip:203.0.113.7');
    expect(keys).toHaveLength(1);
  });

  it('counts IPv6 clients per /64: two addresses of one network share a count', async () => {
    const behindProxy = await cluster.startGateway({ RATE_LIMIT_IP: '3', TRUST_PROXY_HOPS: '1' });
    const from = async (address: string) =>
      (await request(behindProxy.url).get('/api/v1/me/balance').set('x-forwarded-for', address))
        .status;
    const statuses = [
      await from('2001:db8:77:1::1'),
      await from('2001:db8:77:1::2'),
      await from('2001:db8:77:1:ffff:ab:cd:ef'),
      await from('2001:db8:77:1::4'),
    ];
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(await from('2001:db8:77:2::1')).toBe(401);
    expect(await redis.keys('*ratelimit:ip:2001:db8:77:1::/64')).toHaveLength(1);
  });

  it('counts what is refused before routing or signing in: 401, 404, 405 and 400', async () => {
    const behindProxy = await cluster.startGateway({ RATE_LIMIT_IP: '6', TRUST_PROXY_HOPS: '1' });
    const from = (address: string) => ({
      get: (path: string) => request(behindProxy.url).get(path).set('x-forwarded-for', address),
    });
    const attacker = from('198.51.100.66');
    const statuses = [
      (await attacker.get('/api/v1/me/balance').auth('forged.token.here', { type: 'bearer' }))
        .status,
      (await attacker.get('/api/v1/me/balance')).status,
      (await attacker.get('/api/v1/nowhere')).status,
      (await attacker.get('/wp-login.php')).status,
      (await attacker.get('/api/v1/me/sign-out')).status,
      (await attacker.get('/api/v1/groups/42/members')).status,
      (await attacker.get('/api/v1/me/balance')).status,
    ];
    expect(statuses).toEqual([401, 401, 404, 404, 405, 400, 429]);
    expect((await from('198.51.100.67').get('/api/v1/nowhere')).status).toBe(404);
  });

  it('counts every request of the public port: health, metrics, the document, docs, preflights', async () => {
    const origin = 'https://app.example';
    const behindProxy = await cluster.startGateway({
      RATE_LIMIT_IP: '7',
      TRUST_PROXY_HOPS: '1',
      CORS_ORIGINS: origin,
    });
    const client = '198.51.100.70';
    const from = (method: 'get' | 'options', path: string) =>
      request(behindProxy.url)[method](path).set('x-forwarded-for', client).set('origin', origin);
    const preflight = () =>
      from('options', '/api/v1/me/balance')
        .set('access-control-request-method', 'GET')
        .set('access-control-request-headers', 'authorization');
    const statuses = [
      (await from('get', '/health/ready')).status,
      (await from('get', '/metrics')).status,
      (await from('get', '/api/openapi.json')).status,
      (await from('get', '/api/openapi.yaml')).status,
      (await from('get', '/api/docs/')).status,
      (await from('get', '/api/docs/swagger-ui-init.js')).status,
      (await preflight()).status,
    ];
    expect(statuses).toEqual([404, 404, 200, 200, 200, 200, 204]);

    const refused = await from('get', '/api/openapi.json');
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // A browser may read the refusal and when to try again.
    expect(refused.headers['access-control-allow-origin']).toBe(origin);
    expect(refused.headers['access-control-expose-headers']).toContain('retry-after');
    expect((await preflight()).status).toBe(429);
    expect((await from('get', '/health/live')).status).toBe(429);
    // The management port is the operators', and counts nothing.
    expect((await request(behindProxy.managementUrl).get('/health/live')).status).toBe(200);
  });

  it('counts an address a proxy wrote with its port as that address', async () => {
    const behindProxy = await cluster.startGateway({ RATE_LIMIT_IP: '3', TRUST_PROXY_HOPS: '1' });
    const from = async (address: string) =>
      (await request(behindProxy.url).get('/api/v1/me/balance').set('x-forwarded-for', address))
        .status;
    const statuses = [
      await from('203.0.113.50:5678'),
      await from('203.0.113.50:5679'),
      await from('203.0.113.50'),
      await from('203.0.113.50:443'),
    ];
    expect(statuses).toEqual([401, 401, 401, 429]);
    // Another client, port or not, is not the one over the limit (no shared `unknown` count).
    expect(await from('203.0.113.51:5678')).toBe(401);
    expect(await from('[2001:db8:50:1::1]:443')).toBe(401);
  });

  it('lets a person over their limit sign out, and sign out everywhere', async () => {
    const ana = await citizen(cluster, tenant);
    for (let i = 0; i <= limit; i++) await balance(first, ana);
    expect((await balance(second, ana)).status).toBe(429);
    await request(first.url)
      .post('/api/v1/me/sign-out')
      .auth(ana.accessToken, { type: 'bearer' })
      .send({ refreshToken: ana.refreshToken })
      .expect(204);
    await request(second.url)
      .post('/api/v1/me/sign-out-everywhere')
      .auth(ana.accessToken, { type: 'bearer' })
      .expect(204);
  });

  it('refuses a person more event streams than EVENT_STREAMS_PER_PERSON, over replicas', async () => {
    const streams = { EVENT_STREAMS_PER_PERSON: '2' };
    const [one, two] = [await cluster.startGateway(streams), await cluster.startGateway(streams)];
    const ana = await citizen(cluster, tenant);
    const open = [
      await listenToEvents(one.url, { token: ana.accessToken }),
      await listenToEvents(two.url, { token: ana.accessToken }),
    ];
    try {
      expect(open.map((stream) => stream.response.status)).toEqual([200, 200]);
      for (const gateway of [one, two]) {
        const refused = await request(gateway.url)
          .get('/api/v1/me/events')
          .auth(ana.accessToken, { type: 'bearer' });
        expect(refused.status).toBe(429);
        expect(refused.headers['content-type']).toContain('application/problem+json');
        expect(refused.body.detail).toContain('at most 2');
      }
      // Another person's streams are their own.
      const rui = await citizen(cluster, tenant);
      const ruis = await listenToEvents(one.url, { token: rui.accessToken });
      ruis.close();
      expect(ruis.response.status).toBe(200);

      open.shift()?.close();
      const third = await waitFor('a closed stream to free its slot', async () => {
        const stream = await listenToEvents(two.url, { token: ana.accessToken });
        if (stream.response.status === 200) return stream;
        stream.close();
        return undefined;
      });
      open.push(third);
    } finally {
      open.forEach((stream) => stream.close());
    }
  });
});
