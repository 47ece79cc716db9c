import { internalApi } from '@citypoints/platform/testing';
import request from 'supertest';
import { citizen, createTenant, credit, PASSWORD, Person, staff } from '../testing/people';
import { GatewayCluster, startCluster } from '../testing/start-cluster';

describe("a tenant admin's people, and verifying one's e-mail address", () => {
  const tenant = 'people-town';
  let cluster: GatewayCluster;
  let admin: Person;

  beforeAll(async () => {
    cluster = await startCluster({}, { DEVELOPMENT_ROUTES: 'true' });
    await createTenant(cluster, tenant);
    admin = await staff(cluster, tenant, 'tenant-admin');
  });

  afterAll(async () => {
    await cluster?.close();
  });

  const api = () => request(cluster.gateway.url);
  const as = (person: Person) => ({
    get: (path: string) => api().get(`/api/v1${path}`).auth(person.accessToken, { type: 'bearer' }),
    post: (path: string) =>
      api().post(`/api/v1${path}`).auth(person.accessToken, { type: 'bearer' }),
    put: (path: string) => api().put(`/api/v1${path}`).auth(person.accessToken, { type: 'bearer' }),
    delete: (path: string) =>
      api().delete(`/api/v1${path}`).auth(person.accessToken, { type: 'bearer' }),
  });
  const signIn = (person: Person) =>
    api()
      .post(`/api/v1/tenants/${tenant}/sessions`)
      .send({ email: person.email, password: PASSWORD });

  it("shows a person's balance and history, and nobody of another tenant", async () => {
    const ana = await citizen(cluster, tenant);
    await credit(cluster, admin, ana, 7);
    const balance = await as(admin).get(`/people/${ana.userId}/balance`);
    expect(balance.status).toBe(200);
    expect(balance.body).toEqual({ accountId: ana.userId, balance: 7 });
    const history = await as(admin).get(`/people/${ana.userId}/history?limit=5`);
    expect(history.status).toBe(200);
    expect(history.body.entries).toEqual([expect.objectContaining({ amount: 7, kind: 'adjust' })]);

    await createTenant(cluster, 'far-town');
    const far = await citizen(cluster, 'far-town');
    for (const path of ['', '/balance', '/history']) {
      const refused = await as(admin).get(`/people/${far.userId}${path}`);
      expect(refused.status).toBe(404);
      expect(refused.body.code).toBe('unknown-person');
      expect(JSON.stringify(refused.body)).not.toContain(far.email);
    }
  });

  it('suspends a person: their token is refused at once, sign-in and refresh answer 403', async () => {
    const ana = await citizen(cluster, tenant);
    expect((await as(ana).get('/me')).status).toBe(200);
    expect((await as(admin).post(`/people/${ana.userId}/suspension`)).status).toBe(204);

    expect((await as(ana).get('/me')).status).toBe(401);
    const signedIn = await signIn(ana);
    expect(signedIn.status).toBe(403);
    expect(signedIn.body).toMatchObject({ code: 'account-suspended' });
    const refreshed = await api()
      .post(`/api/v1/tenants/${tenant}/sessions/refresh`)
      .send({ refreshToken: ana.refreshToken });
    expect(refreshed.status).toBe(403);
    expect(refreshed.body).toMatchObject({ code: 'account-suspended' });
    const listed = await as(admin).get(`/people?search=${encodeURIComponent(ana.email)}`);
    expect(listed.body).toMatchObject({ total: 1, people: [{ status: 'suspended' }] });

    const reinstated = await as(admin).delete(`/people/${ana.userId}/suspension`);
    expect(reinstated.status).toBe(200);
    expect(reinstated.body).toMatchObject({ userId: ana.userId, status: 'active' });
    expect((await signIn(ana)).status).toBe(200);
  });

  it('changes a role at once, and never lets an admin act on themselves', async () => {
    const rui = await citizen(cluster, tenant);
    const changed = await as(admin).put(`/people/${rui.userId}/role`).send({ role: 'verifier' });
    expect(changed.status).toBe(204);
    expect((await as(rui).get('/me')).status).toBe(401);
    const again = await signIn(rui).expect(200);
    const me = await api().get('/api/v1/me').auth(again.body.accessToken, { type: 'bearer' });
    expect(me.body.role).toBe('verifier');

    const own = await as(admin).put(`/people/${admin.userId}/role`).send({ role: 'citizen' });
    expect(own.status).toBe(403);
    expect(own.body.code).toBe('may-not-administer');
    const operator = await as(admin)
      .put(`/people/${rui.userId}/role`)
      .send({ role: 'platform-operator' });
    expect(operator.status).toBe(400);
    expect(operator.body.errors).toContainEqual(expect.objectContaining({ field: 'role' }));
  });

  it('erases a person on their request: their token is refused at once, they are gone from the list', async () => {
    const ana = await citizen(cluster, tenant);
    expect((await as(admin).post(`/people/${ana.userId}/erasure`)).status).toBe(204);
    expect((await as(ana).get('/me')).status).toBe(401);
    expect((await as(admin).get(`/people/${ana.userId}`)).status).toBe(404);
    const listed = await as(admin).get(`/people?search=${encodeURIComponent(ana.email)}`);
    expect(listed.body).toEqual({ people: [], total: 0 });
  });

  it('verifies the e-mail address with the token of the mail sent at sign-up', async () => {
    const ana = await citizen(cluster, tenant);
    expect((await as(ana).get('/me')).body.emailVerified).toBe(false);
    const outbox = await internalApi(cluster.identityUrl, 'identity');
    const mails = await outbox
      .get(`/tenants/${tenant}/mail-outbox`)
      .query({ recipient: ana.email })
      .expect(200);
    const token = /verify-email\?token=([\w-]+)/.exec(mails.body[0].body)?.[1];
    const verify = () =>
      api().post(`/api/v1/tenants/${tenant}/email-verifications`).send({ token });
    expect((await verify()).status).toBe(204);
    expect((await as(ana).get('/me')).body.emailVerified).toBe(true);
    const reused = await verify();
    expect(reused.status).toBe(400);
    expect(reused.body.errors).toEqual([expect.objectContaining({ field: 'token' })]);
    expect((await as(ana).post('/me/email-verifications')).status).toBe(409);
  });
});
