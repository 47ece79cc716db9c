import request from 'supertest';
import { citizen, createTenant, PASSWORD, Person } from '../testing/people';
import { GatewayCluster, startCluster } from '../testing/start-cluster';

describe('the signed-in person: profile, password and groups through the gateway', () => {
  const tenant = 'me-town';
  let cluster: GatewayCluster;

  beforeAll(async () => {
    cluster = await startCluster();
    await createTenant(cluster, tenant);
  });

  afterAll(async () => {
    await cluster?.close();
  });

  const as = (token: string) => ({
    get: (path: string) =>
      request(cluster.gateway.url).get(`/api/v1${path}`).auth(token, { type: 'bearer' }),
    post: (path: string) =>
      request(cluster.gateway.url).post(`/api/v1${path}`).auth(token, { type: 'bearer' }),
    patch: (path: string) =>
      request(cluster.gateway.url).patch(`/api/v1${path}`).auth(token, { type: 'bearer' }),
  });

  it('answers who I am, and changes my name and locale but nobody else', async () => {
    const ana: Person = await citizen(cluster, tenant);
    const me = await as(ana.accessToken).get('/me');
    expect(me.status).toBe(200);
    expect(me.body).toEqual({
      ...{ userId: ana.userId, tenant, role: 'citizen', partnerId: null, email: ana.email },
      ...{ displayName: 'Ana Silva', locale: 'pt', emailVerified: false },
      shareCode: expect.stringMatching(/^[A-HJKMNP-Z2-9]{8}$/),
    });
    const changed = await as(ana.accessToken)
      .patch('/me')
      .send({ displayName: 'Ana Praia', locale: 'en' });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ ...me.body, displayName: 'Ana Praia', locale: 'en' });

    const refused = await as(ana.accessToken).patch('/me').send({ locale: 'de' });
    expect(refused.status).toBe(400);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body.errors).toEqual([{ field: 'locale', message: expect.any(String) }]);
    const taken = await as(ana.accessToken).patch('/me').send({ userId: 'someone-else' });
    expect(taken.status).toBe(400);
    expect((await as(ana.accessToken).get('/me')).body).toEqual(changed.body);
  });

  it('changes my password: my other sessions end at once, the answered one goes on', async () => {
    const ana = await citizen(cluster, tenant);
    const wrong = await as(ana.accessToken)
      .post('/me/password-changes')
      .send({ currentPassword: 'not my password at all', newPassword: 'a quiet lagoon at dawn' });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({
      code: 'wrong-current-password',
      errors: [{ field: 'currentPassword' }],
    });
    expect((await as(ana.accessToken).get('/me')).status).toBe(200);

    const changed = await as(ana.accessToken)
      .post('/me/password-changes')
      .send({ currentPassword: PASSWORD, newPassword: 'a quiet lagoon at dawn' });
    expect(changed.status).toBe(200);
    expect((await as(ana.accessToken).get('/me')).status).toBe(401);
    expect((await as(changed.body.accessToken).get('/me')).status).toBe(200);
    const signIn = (password: string) =>
      request(cluster.gateway.url)
        .post(`/api/v1/tenants/${tenant}/sessions`)
        .send({ email: ana.email, password });
    expect((await signIn(PASSWORD)).status).toBe(401);
    expect((await signIn('a quiet lagoon at dawn')).status).toBe(200);
  });

  it('lists my groups with my role in each and the invite code to pass on', async () => {
    const [ana, rui] = [await citizen(cluster, tenant), await citizen(cluster, tenant)];
    const group = await as(ana.accessToken)
      .post('/groups')
      .send({ name: 'Lake walkers', kind: 'team' });
    const { groupId, inviteCode } = group.body;
    await as(rui.accessToken).post('/groups/memberships').send({ inviteCode }).expect(200);
    const entry = { groupId, name: 'Lake walkers', kind: 'team', memberCount: 2, inviteCode };
    expect((await as(ana.accessToken).get('/me/groups')).body).toEqual({
      groups: [{ ...entry, role: 'founder', joinedAt: expect.any(String) }],
    });
    expect((await as(rui.accessToken).get('/me/groups')).body).toEqual({
      groups: [{ ...entry, role: 'member', joinedAt: expect.any(String) }],
    });
  });
});
