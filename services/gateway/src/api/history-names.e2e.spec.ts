import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { citizen, createTenant, credit, PASSWORD, Person, signIn, staff } from '../testing/people';
import { GatewayCluster, startCluster } from '../testing/start-cluster';

interface Movement {
  kind: string;
  counterparty: string;
  counterpartyName?: string | null;
}

/**
 * GET /me/history joins the ledger's movements and identity's public names: each person a
 * movement names is shown only as they consent, at the moment of reading.
 */
describe("the names in a person's points history", () => {
  const tenant = 'history-town';
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

  async function named(displayName: string, consent: object): Promise<Person> {
    const email = `${randomUUID()}@example.org`;
    await api()
      .post(`/api/v1/tenants/${tenant}/sign-up`)
      .send({ email, password: PASSWORD, displayName })
      .expect(201);
    const person = await signIn(cluster, tenant, email, 'citizen');
    await setConsent(person, consent);
    return person;
  }

  const setConsent = (person: Person, consent: object) =>
    api()
      .put('/api/v1/me/consent')
      .auth(person.accessToken, { type: 'bearer' })
      .send(consent)
      .expect(200);

  async function give(from: Person, to: Person, points: number): Promise<void> {
    await credit(cluster, admin, from, points);
    await api()
      .post('/api/v1/me/transfers')
      .auth(from.accessToken, { type: 'bearer' })
      .send({ transferId: randomUUID(), to: to.userId, points })
      .expect(200);
  }

  const historyOf = async (person: Person): Promise<Movement[]> =>
    (await api().get('/api/v1/me/history').auth(person.accessToken, { type: 'bearer' }).expect(200))
      .body.entries;

  const giftFrom = (entries: Movement[], giver: Person) =>
    entries.find((entry) => entry.counterparty === giver.userId);

  it('names a giver who shows a name, and shows null for one who chose to be left out', async () => {
    const receiver = await citizen(cluster, tenant);
    const bea = await named('Bea Real', { visibility: 'public' });
    const carla = await named('Carla Oculta', { visibility: 'hidden' });
    const dora = await named('Dora Costa', { visibility: 'nickname', nickname: 'surfista' });
    await give(bea, receiver, 10);
    await give(carla, receiver, 20);
    await give(dora, receiver, 30);

    const entries = await historyOf(receiver);

    expect(giftFrom(entries, bea)).toMatchObject({
      kind: 'transfer',
      counterpartyName: 'Bea Real',
    });
    expect(giftFrom(entries, carla)).toMatchObject({ kind: 'transfer', counterpartyName: null });
    expect(giftFrom(entries, dora)).toMatchObject({
      kind: 'transfer',
      counterpartyName: 'surfista',
    });
    expect(JSON.stringify(entries)).not.toContain('Carla');
    expect(JSON.stringify(entries)).not.toContain('Dora Costa');
  });

  it('follows a change of consent at once, and names no cause or system account', async () => {
    const receiver = await citizen(cluster, tenant);
    const giver = await named('Eva Mudanca', { visibility: 'hidden' });
    await give(giver, receiver, 5);
    expect(giftFrom(await historyOf(receiver), giver)?.counterpartyName).toBeNull();

    await setConsent(giver, { visibility: 'public' });
    expect(giftFrom(await historyOf(receiver), giver)?.counterpartyName).toBe('Eva Mudanca');

    const own = await historyOf(giver);
    const credited = own.find((entry) => entry.kind === 'adjust');
    expect(credited?.counterparty).toMatch(/^system:/);
    expect(credited).not.toHaveProperty('counterpartyName');
    expect(giftFrom(own, receiver)).toMatchObject({ counterpartyName: null });
  });
});
