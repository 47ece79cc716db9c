import { Actor } from '@citypoints/platform';
import { TestApp } from '@citypoints/platform/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TokenIssuer } from '../tokens/token-issuer';
import { rowCounts } from '../testing/row-counts';
import { addPerson, createTenant, PASSWORD, signUp } from '../testing/sign-up';
import { startIdentity } from '../testing/start-identity';

/** Adding people with roles, decided by the acting person the gateway names (addPersonRefusal). */
describe('who may add whom', () => {
  const tenant = 'staff-town';
  let service: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    service = await startIdentity();
    db = service.db;
    await createTenant(service, tenant);
  });

  afterAll(async () => {
    await service?.close();
  });

  const newPerson = (change: object) => ({
    email: `${randomUUID()}@example.org`,
    password: PASSWORD,
    displayName: 'Rui',
    ...change,
  });
  const signIn = (email: string) =>
    service.http().post(`/tenants/${tenant}/sessions`).send({ email, password: PASSWORD });
  const add = async (actor: Actor, at: string, change: object) =>
    (await service.httpAs(actor)).post(`/tenants/${at}/people`).send(newPerson(change));

  it('lets a tenant admin add partner staff, whose tokens name their partner', async () => {
    const admin = await addPerson(service, tenant, 'tenant-admin');
    const partnerId = randomUUID();
    const email = `${randomUUID()}@partner.example`;
    const created = await add(admin, tenant, { email, role: 'partner-staff', partnerId });
    expect(created.status).toBe(201);
    const { accessToken } = (await signIn(email).expect(200)).body;
    const claims = await service.app.get(TokenIssuer).verifyAccessToken(accessToken);
    expect(claims).toMatchObject({ role: 'partner-staff', partnerId });
  });

  it('refuses a tenant admin adding a platform operator with 403, writing nothing', async () => {
    const admin = await addPerson(service, tenant, 'tenant-admin');
    const before = await rowCounts(db);
    const response = await add(admin, tenant, { role: 'platform-operator' });
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({
      code: 'may-not-add-person',
      detail: expect.stringContaining('never platform-operator'),
    });
    expect(await rowCounts(db)).toEqual(before);
  });

  it('refuses a tenant admin adding to another tenant, and a citizen adding anyone', async () => {
    const admin = await addPerson(service, 'admins-elsewhere', 'tenant-admin');
    const elsewhere = await add(admin, tenant, { role: 'citizen' });
    expect(elsewhere.status).toBe(403);
    // The service-token guard refuses a call into another tenant before addPersonRefusal does.
    expect(elsewhere.body).toMatchObject({
      code: 'other-tenant',
      detail: 'a person of admins-elsewhere may not act in tenant staff-town',
    });
    const citizen = await signUp(service, tenant);
    const byCitizen = await add(citizen, tenant, { role: 'verifier' });
    expect(byCitizen.status).toBe(403);
    expect(byCitizen.body.detail).toContain('only tenant admins and platform operators');
  });

  it('lets a platform operator add the first admin of a new tenant, and only admins', async () => {
    const operator = await addPerson(service, 'platform', 'platform-operator');
    await (
      await service.httpAs(operator)
    )
      .post('/tenants')
      .send({
        slug: 'new-town',
        name: 'New Town',
        defaultLocale: 'sv',
        timeZone: 'Europe/Stockholm',
      })
      .expect(201);
    const email = `${randomUUID()}@new-town.example`;
    const created = await add(operator, 'new-town', { email, role: 'tenant-admin' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ tenant: 'new-town', role: 'tenant-admin' });

    const citizen = await add(operator, 'new-town', { role: 'citizen' });
    expect(citizen.status).toBe(403);
    expect(citizen.body.detail).toContain('a platform operator may add only tenant admins');
  });
});
