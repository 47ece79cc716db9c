import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { citizen, createTenant, credit, Person, staff } from '../testing/people';
import { GatewayCluster, startCluster } from '../testing/start-cluster';

/** GET /me/export joins identity's data and the ledger's statement of the person's account. */
describe("a person's data export", () => {
  const tenant = 'export-town';
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

  const exportOf = async (person: Person) =>
    (
      await request(cluster.gateway.url)
        .get('/api/v1/me/export')
        .auth(person.accessToken, { type: 'bearer' })
        .expect(200)
    ).body;

  it("holds the citizen's balance and every movement of their account, with identity's data", async () => {
    const [ana, rui] = [await citizen(cluster, tenant), await citizen(cluster, tenant)];
    await credit(cluster, admin, ana, 100);
    await credit(cluster, admin, rui, 1);
    await request(cluster.gateway.url)
      .post('/api/v1/me/transfers')
      .auth(ana.accessToken, { type: 'bearer' })
      .send({ transferId: randomUUID(), to: rui.userId, points: 30 })
      .expect(200);

    const exported = await exportOf(ana);

    expect(exported.person).toMatchObject({ userId: ana.userId, email: ana.email });
    expect(exported.points).toMatchObject({ accountId: ana.userId, balance: 70 });
    expect(
      exported.points.movements.map((movement: { amount: number }) => movement.amount),
    ).toEqual([-30, 100]);
  });

  it('gives a person without a ledger account 0 points and no movements', async () => {
    const verifier = await staff(cluster, tenant, 'verifier');
    const exported = await exportOf(verifier);
    expect(exported.person).toMatchObject({ userId: verifier.userId, role: 'verifier' });
    expect(exported.points).toEqual({ accountId: verifier.userId, balance: 0, movements: [] });
  });
});
