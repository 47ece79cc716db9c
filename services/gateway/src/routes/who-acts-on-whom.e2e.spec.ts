import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { citizen, createTenant, PASSWORD, Person, staff } from '../testing/people';
import { GatewayCluster, startCluster } from '../testing/start-cluster';

describe('who may act on whom', () => {
  const home = 'platform-home';
  let cluster: GatewayCluster;
  let operator: Person;

  beforeAll(async () => {
    cluster = await startCluster();
    await createTenant(cluster, home);
    operator = await staff(cluster, home, 'platform-operator');
  });

  afterAll(async () => {
    await cluster?.close();
  });

  const api = () => request(cluster.gateway.url);
  const as = (person: Person) => ({
    post: (path: string) =>
      api().post(`/api/v1${path}`).auth(person.accessToken, { type: 'bearer' }),
    get: (path: string) => api().get(`/api/v1${path}`).auth(person.accessToken, { type: 'bearer' }),
  });
  const newcomer = () => ({
    email: `${randomUUID()}@new-town.example`,
    password: PASSWORD,
    displayName: 'Marta Sousa',
  });

  it('lets a platform operator create a tenant and its first admin, who can then sign in', async () => {
    await as(operator)
      .post('/tenants')
      .send({ slug: 'new-town', name: 'New Town', defaultLocale: 'pt', timeZone: 'Europe/Lisbon' })
      .expect(201);
    const admin = newcomer();
    const added = await as(operator).post('/tenants/new-town/admins').send(admin);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ tenant: 'new-town', role: 'tenant-admin' });

    const session = await api()
      .post('/api/v1/tenants/new-town/sessions')
      .send({ email: admin.email, password: admin.password })
      .expect(200);
    const { userId, accessToken, refreshToken } = session.body;
    expect(userId).toBe(added.body.userId);
    const signedIn: Person = {
      ...{ userId, email: admin.email, tenant: 'new-town', role: 'tenant-admin' },
      ...{ accessToken, refreshToken },
    };
    expect((await as(signedIn).get('/totals')).status).toBe(200);
  });

  it('adds only tenant admins that way: the body cannot ask for another role', async () => {
    const response = await as(operator)
      .post(`/tenants/${home}/admins`)
      .send({ ...newcomer(), role: 'platform-operator' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field: 'role' }));
  });

  it('refuses a tenant admin who adds a platform operator, naming the field', async () => {
    const admin = await staff(cluster, home, 'tenant-admin');
    const response = await as(admin)
      .post('/people')
      .send({ ...newcomer(), role: 'platform-operator' });
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual(expect.objectContaining({ field: 'role' }));
    expect((await as(admin).post(`/tenants/${home}/admins`).send(newcomer())).status).toBe(403);
  });

  it('lets a tenant admin print a card for a citizen of the tenant, which the citizen sees and may revoke', async () => {
    const admin = await staff(cluster, home, 'tenant-admin');
    const ana = await citizen(cluster, home);
    const printed = await as(admin).post(`/people/${ana.userId}/personal-cards`);
    expect(printed.status).toBe(201);
    const { cardId, issuedAt } = printed.body;
    expect((await as(ana).get('/me/personal-cards')).body).toEqual({
      cards: [{ cardId, issuedAt, revokedAt: null }],
    });
    const revoked = await as(ana).post(`/me/personal-cards/${cardId}/revocation`);
    expect(revoked.status).toBe(200);
    const seen = await as(admin).get(`/people/${ana.userId}/personal-cards`);
    expect(seen.body.cards).toEqual([revoked.body]);
    expect(revoked.body.revokedAt).toEqual(expect.any(String));
  });

  it("refuses a citizen the members of a group they are not in, with identity's 403", async () => {
    const [ana, rui] = [await citizen(cluster, home), await citizen(cluster, home)];
    const group = await as(ana).post('/groups').send({ name: 'Lake walkers', kind: 'team' });
    expect(group.status).toBe(201);
    expect((await as(ana).get(`/groups/${group.body.groupId}/members`)).status).toBe(200);
    const refused = await as(rui).get(`/groups/${group.body.groupId}/members`);
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain("only the group's members");
  });
});
