import { randomUUID } from 'node:crypto';
import { SignJWT, generateKeyPair } from 'jose';
import { internalApi } from '@citypoints/platform/testing';
import { Client } from 'pg';
import request from 'supertest';
import { citizen, createTenant, credit, PASSWORD, Person, staff } from '../testing/people';
import { GatewayCluster, startCluster } from '../testing/start-cluster';

describe('the public API through the gateway', () => {
  const tenant = 'api-town';
  let cluster: GatewayCluster;
  let admin: Person;

  beforeAll(async () => {
    cluster = await startCluster();
    await createTenant(cluster, tenant);
    admin = await staff(cluster, tenant, 'tenant-admin');
  });

  afterAll(async () => {
    await cluster?.close();
  });

  const api = () => request(cluster.gateway.url);
  const balanceOf = async (person: Person) =>
    (await api().get('/api/v1/me/balance').auth(person.accessToken, { type: 'bearer' }).expect(200))
      .body.balance as number;

  /** Everything the ledger holds, to show that a refused request changed nothing. */
  async function ledgerRows(): Promise<unknown> {
    const db = new Client({ connectionString: cluster.ledgerDatabase });
    await db.connect();
    try {
      const [events, balances] = await Promise.all([
        db.query('SELECT count(*)::int AS n FROM event'),
        db.query('SELECT account_id, balance FROM account_balance ORDER BY account_id'),
      ]);
      return { events: events.rows, balances: balances.rows };
    } finally {
      await db.end();
    }
  }

  it('signs up → signs in → refreshes → signs out, after which the refresh token fails', async () => {
    const email = `${randomUUID()}@example.org`;
    const signUp = await api()
      .post(`/api/v1/tenants/${tenant}/sign-up`)
      .set('x-request-id', 'journey-1')
      .send({ email, password: PASSWORD, displayName: 'Ana' });
    expect(signUp.status).toBe(201);
    expect(signUp.headers['x-request-id']).toBe('journey-1');
    const session = await api()
      .post(`/api/v1/tenants/${tenant}/sessions`)
      .send({ email, password: PASSWORD });
    expect(session.status).toBe(200);
    expect(session.body).toMatchObject({ userId: signUp.body.userId, tokenType: 'Bearer' });
    expect(session.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);

    const refreshed = await api()
      .post(`/api/v1/tenants/${tenant}/sessions/refresh`)
      .send({ refreshToken: session.body.refreshToken });
    expect(refreshed.status).toBe(200);
    const token = refreshed.body.accessToken;
    expect((await api().get('/api/v1/me/balance').auth(token, { type: 'bearer' })).body).toEqual({
      accountId: signUp.body.userId,
      balance: 0,
    });

    await api()
      .post('/api/v1/me/sign-out')
      .auth(token, { type: 'bearer' })
      .send({ refreshToken: refreshed.body.refreshToken })
      .expect(204);
    const again = await api()
      .post(`/api/v1/tenants/${tenant}/sessions/refresh`)
      .send({ refreshToken: refreshed.body.refreshToken });
    expect(again.status).toBe(401);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.body).toMatchObject({ status: 401, title: 'Unauthorized' });
    expect(again.body.detail).toContain('sign in again');
  });

  it('erases a person: the old token reads nothing, no personal data is left, the ledger adds up', async () => {
    const [ana, rui] = [await citizen(cluster, tenant), await citizen(cluster, tenant)];
    await credit(cluster, admin, ana, 100);
    await credit(cluster, admin, rui, 10);
    await api()
      .post('/api/v1/me/transfers')
      .auth(ana.accessToken, { type: 'bearer' })
      .send({ transferId: randomUUID(), to: rui.userId, points: 30 })
      .expect(200);

    await api().delete('/api/v1/me').auth(ana.accessToken, { type: 'bearer' }).expect(204);

    for (const path of ['/me/export', '/me/history', '/me/balance']) {
      const refused = await api().get(`/api/v1${path}`).auth(ana.accessToken, { type: 'bearer' });
      expect(refused.status).toBe(401);
    }
    const exported = await (
      await internalApi(cluster.identityUrl, 'identity')
    )
      .get(`/tenants/${tenant}/people/${ana.userId}/export`)
      .expect(200);
    expect(exported.body.person).toMatchObject({ userId: ana.userId, email: null });
    expect(exported.body.person.displayName).toBeNull();
    expect(JSON.stringify(exported.body)).not.toContain(ana.email);
    expect(JSON.stringify(exported.body)).not.toContain('Ana Silva');
    const signIn = await api()
      .post(`/api/v1/tenants/${tenant}/sessions`)
      .send({ email: ana.email, password: PASSWORD });
    expect(signIn.status).toBe(401);

    expect(await balanceOf(rui)).toBe(40);
    const totals = await api().get('/api/v1/totals').auth(admin.accessToken, { type: 'bearer' });
    const { issued, inCirculation, spent, donated, expired, forfeited } = totals.body;
    expect(issued).toBeGreaterThanOrEqual(110);
    expect(issued).toBe(inCirculation + spent + donated + expired + forfeited);
  });

  describe('bad input', () => {
    let ana: Person;
    let rui: Person;

    beforeAll(async () => {
      [ana, rui] = [await citizen(cluster, tenant), await citizen(cluster, tenant)];
      await credit(cluster, admin, ana, 50);
    });

    const transfer = () =>
      api().post('/api/v1/me/transfers').auth(ana.accessToken, { type: 'bearer' });
    const valid = () => ({ transferId: randomUUID(), to: rui.userId, points: 5 });

    it.each([
      [
        'malformed JSON',
        () => transfer().type('json').send('{"points": 5,'),
        400,
        /not valid JSON/,
        undefined,
      ],
      [
        'an unknown field',
        () => transfer().send({ ...valid(), tenant: 'other-town' }),
        400,
        /tenant is not a known field/,
        'tenant',
      ],
      [
        'a wrong type',
        () => transfer().send({ ...valid(), points: '5' }),
        400,
        /points must be a whole number/,
        'points',
      ],
      [
        'a missing field',
        () => transfer().send({ transferId: randomUUID(), points: 5 }),
        400,
        /to must be a UUID/,
        'to',
      ],
      ['a JSON array', () => transfer().send([valid()]), 400, /must be a JSON object/, undefined],
      [
        'an oversized body',
        () => transfer().send({ ...valid(), padding: 'x'.repeat(70_000) }),
        413,
        /at most 65536 bytes/,
        undefined,
      ],
      [
        'a form body',
        () => transfer().type('form').send('points=5'),
        415,
        /must be application\/json/,
        undefined,
      ],
      [
        'a text body',
        () => transfer().type('text').send('5 points'),
        415,
        /must be application\/json/,
        undefined,
      ],
      [
        'an unknown query parameter',
        () => api().get('/api/v1/me/balance?tenant=x').auth(ana.accessToken, { type: 'bearer' }),
        400,
        /tenant is not a known field/,
        'tenant',
      ],
      [
        'a path id that is not a UUID',
        () => api().get('/api/v1/groups/42/members').auth(ana.accessToken, { type: 'bearer' }),
        400,
        /group must be a UUID/,
        'group',
      ],
    ])(
      'refuses %s with a problem naming it, changing nothing',
      async (_case, send, status, detail, field) => {
        const before = await ledgerRows();
        const response = await send();
        expect(response.status).toBe(status);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.body).toMatchObject({
          status,
          instance: expect.stringContaining('/api/v1/'),
        });
        expect(response.body.detail).toMatch(detail);
        if (field) expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
        expect(await ledgerRows()).toEqual(before);
      },
    );

    it('passes on the ledger refusing an overdraft as a problem, changing nothing', async () => {
      const before = await ledgerRows();
      const response = await transfer().send({ ...valid(), points: 5000 });
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ status: 409, title: 'Conflict' });
      expect(await ledgerRows()).toEqual(before);
    });

    // The gateway checks a password's form itself; only identity knows the tenant and the
    // person, so only identity refuses a password guessable from them.
    it('passes on identity refusing a guessable password, naming the field and code', async () => {
      const response = await api()
        .post(`/api/v1/tenants/${tenant}/sign-up`)
        .send({
          email: `${randomUUID()}@example.org`,
          password: `${tenant}-2026`,
          displayName: 'Ana',
        });
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('guessable-password');
      expect(response.body.errors).toContainEqual(expect.objectContaining({ field: 'password' }));
    });

    it.each([
      ['no token', undefined, /needs a Bearer access token/],
      ['a malformed header', 'Basic YW5hOnNlY3JldA==', /must be Bearer/],
      ['a forged token', 'forged', /not valid/],
      ['an expired token', 'expired', /expired/],
    ])('refuses %s with 401, changing nothing', async (_case, kind, detail) => {
      const { privateKey } = await generateKeyPair('ES256');
      const claims = { tenant, role: 'citizen' };
      const sign = (expiry: string, key: Parameters<SignJWT['sign']>[0]) =>
        new SignJWT(claims)
          .setProtectedHeader({ alg: 'ES256', typ: 'at+jwt' })
          .setSubject(ana.userId)
          .setIssuer('citypoints-identity')
          .setAudience('citypoints')
          .setIssuedAt()
          .setExpirationTime(expiry)
          .sign(key);
      const header =
        kind === 'forged'
          ? `Bearer ${await sign('15m', privateKey)}`
          : kind === 'expired'
            ? `Bearer ${await sign('-1m', cluster.identityKey)}`
            : kind;
      const before = await ledgerRows();
      const attempt = api().post('/api/v1/me/transfers').send(valid());
      const response = await (header ? attempt.set('Authorization', header) : attempt);
      expect(response.status).toBe(401);
      expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      expect(response.body.detail).toMatch(detail);
      expect(await ledgerRows()).toEqual(before);
    });
  });

  it('answers unknown routes and methods with problems', async () => {
    const unknown = await api().get('/api/v1/nowhere');
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    const wrongMethod = await api().delete('/api/v1/me/balance');
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.allow).toBe('GET');
  });

  it('answers 503 as a problem when a service is down, and is then not ready', async () => {
    const ana = await citizen(cluster, tenant);
    const cut = await cluster.startGateway({ LEDGER_URL: 'http://127.0.0.1:9' });
    const response = await request(cut.url)
      .get('/api/v1/me/balance')
      .auth(ana.accessToken, { type: 'bearer' });
    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.body.detail).toBe('ledger is unavailable; try again later');
    const ready = await request(cut.managementUrl).get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.error).toHaveProperty('ledger');
  });

  it('lets only the configured origins call from a browser', async () => {
    const web = await cluster.startGateway({ CORS_ORIGINS: 'https://app.citypoints.example' });
    const preflight = (origin: string) =>
      request(web.url)
        .options('/api/v1/me/balance')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'GET')
        .set('Access-Control-Request-Headers', 'authorization');
    const allowed = await preflight('https://app.citypoints.example');
    expect(allowed.headers['access-control-allow-origin']).toBe('https://app.citypoints.example');
    const other = await preflight('https://evil.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('is live and ready, with identity, the ledger, Redis and Kafka, on its management port', async () => {
    const management = () => request(cluster.gateway.managementUrl);
    await management().get('/health/live').expect(200);
    const ready = await management().get('/health/ready');
    expect(ready.status).toBe(200);
    expect(Object.keys(ready.body.details)).toEqual(['redis', 'identity', 'ledger', 'kafka']);
    const metrics = (await management().get('/metrics')).text;
    expect(metrics).toContain('process_cpu_seconds_total');
    expect(metrics).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="getMyBalance",status="200"\} [1-9]/,
    );
  });

  it('keeps health and metrics off the public port, and the API off the management port', async () => {
    for (const path of ['/health/live', '/health/ready', '/metrics']) {
      const response = await api().get(path);
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect((await request(cluster.gateway.managementUrl).get('/api/v1/me/balance')).status).toBe(
      404,
    );
  });
});
