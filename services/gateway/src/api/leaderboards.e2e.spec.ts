import { waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { NEUTRAL_NAME } from '../routes/with-leaderboard-names';
import { checkInExamples } from '../testing/check-in-examples';
import { createTenant, PASSWORD, Person, signIn, staff } from '../testing/people';
import { GatewayCluster, startCluster } from '../testing/start-cluster';

interface Entry {
  place: number;
  userId: string;
  score: number;
  name?: string;
  anonymous?: boolean;
}

/**
 * The people board through the gateway: rankings' places joined with identity's public names,
 * and the people a tenant admin hides left out, the others placed without a gap.
 */
describe('the leaderboards of a tenant, through the gateway', () => {
  const tenant = 'podium-city';
  let cluster: GatewayCluster;
  let admin: Person;
  let ana: Person;
  let bea: Person;
  let caio: Person;
  let duarte: Person;

  const api = () => request(cluster.gateway.url);
  const as = (person: Person) => ({
    get: (path: string) => api().get(`/api/v1${path}`).auth(person.accessToken, { type: 'bearer' }),
    put: (path: string) => api().put(`/api/v1${path}`).auth(person.accessToken, { type: 'bearer' }),
    delete: (path: string) =>
      api().delete(`/api/v1${path}`).auth(person.accessToken, { type: 'bearer' }),
  });

  async function resident(displayName: string, consent: object): Promise<Person> {
    const email = `${randomUUID()}@example.org`;
    await api()
      .post(`/api/v1/tenants/${tenant}/sign-up`)
      .send({ email, password: PASSWORD, displayName })
      .expect(201);
    const person = await signIn(cluster, tenant, email, 'citizen');
    await api()
      .put('/api/v1/me/consent')
      .auth(person.accessToken, { type: 'bearer' })
      .send(consent)
      .expect(200);
    return person;
  }

  const board = async (reader: Person): Promise<Entry[]> =>
    (await as(reader).get('/leaderboards/people?period=all&limit=100').expect(200)).body.entries;

  beforeAll(async () => {
    cluster = await startCluster();
    await createTenant(cluster, tenant);
    admin = await staff(cluster, tenant, 'tenant-admin');
    const { checkIn } = await checkInExamples(cluster, admin);
    ana = await resident('Ana Pública', { visibility: 'public' });
    bea = await resident('Bea Real', { visibility: 'nickname', nickname: 'surfista' });
    caio = await resident('Caio Oculto', { visibility: 'hidden' });
    duarte = await resident('Duarte Apagado', { visibility: 'public' });
    // One check-in each, in this order: 30 points apiece, tied, listed as they reached 30.
    for (const person of [ana, bea, caio, duarte]) {
      const { body, headers = {} } = await checkIn(person);
      await api()
        .post('/api/v1/check-ins')
        .auth(person.accessToken, { type: 'bearer' })
        .set(headers)
        .send(body)
        .expect(201);
      await waitFor('rankings to place the check-in', async () =>
        (await as(person).get('/leaderboards/people/me?period=all')).body.entry ? true : undefined,
      );
    }
    await as(duarte).delete('/me').expect(204);
  }, 120_000);

  afterAll(async () => {
    await cluster?.close();
  });

  const mine = (entries: Entry[]) =>
    entries.filter((entry) => [ana, bea, caio, duarte].some((p) => p.userId === entry.userId));

  it('names each person as they consented, and the others under one neutral label', async () => {
    const entries = mine(await board(caio));
    expect(entries.map(({ userId, name, anonymous }) => ({ userId, name, anonymous }))).toEqual([
      { userId: ana.userId, name: 'Ana Pública', anonymous: false },
      { userId: bea.userId, name: 'surfista', anonymous: false },
      // Caio chose not to be named, Duarte was erased: identity answers both alike.
      { userId: caio.userId, name: NEUTRAL_NAME, anonymous: true },
      { userId: duarte.userId, name: NEUTRAL_NAME, anonymous: true },
    ]);
    expect(JSON.stringify(entries)).not.toContain('Caio Oculto');
    expect(JSON.stringify(entries)).not.toContain('Duarte Apagado');
  });

  it('leaves a person the admin hid out of every read, and places the others without a gap', async () => {
    const everyone = await as(ana).get('/leaderboards/people?period=all&limit=100').expect(200);
    const hidden = await as(admin).put(`/leaderboards/hidden-people/${bea.userId}`).expect(200);
    expect(hidden.body).toEqual({ userId: bea.userId, hiddenAt: expect.any(String) });

    const page = (await as(ana).get('/leaderboards/people?period=all&limit=100').expect(200)).body;
    expect(page.total).toBe(everyone.body.total - 1);
    expect(page.entries.map((entry: Entry) => entry.userId)).not.toContain(bea.userId);
    page.entries.forEach((entry: Entry, i: number) => {
      expect(entry.place).toBe(
        1 + page.entries.filter((other: Entry) => other.score > entry.score).length,
      );
      expect(i === 0 || page.entries[i - 1].score >= entry.score).toBe(true);
    });
    const beaSees = await as(bea).get('/leaderboards/people/me?period=all').expect(200);
    expect(beaSees.body).toMatchObject({ entry: null, above: [], below: [] });
    const caioSees = await as(caio).get('/leaderboards/people/me?period=all&span=25').expect(200);
    const around = [...caioSees.body.above, caioSees.body.entry, ...caioSees.body.below];
    expect(around.map((entry: Entry) => entry.userId)).not.toContain(bea.userId);

    expect((await as(admin).get('/leaderboards/hidden-people').expect(200)).body).toEqual({
      people: [hidden.body],
    });
    await as(admin).delete(`/leaderboards/hidden-people/${bea.userId}`).expect(204);
    const again = (await as(ana).get('/leaderboards/people?period=all&limit=100').expect(200)).body;
    expect(again).toEqual(everyone.body);
  });

  it('lets only tenant admins hide people, and only people on its boards', async () => {
    const refused = await as(ana).put(`/leaderboards/hidden-people/${bea.userId}`);
    expect(refused.status).toBe(403);
    const stranger = await as(admin).put(`/leaderboards/hidden-people/${randomUUID()}`);
    expect(stranger.status).toBe(404);
    expect(stranger.body).toMatchObject({ code: 'unknown-person', errors: [{ field: 'person' }] });
    const bad = await as(ana).get('/leaderboards/people?period=fortnight');
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual([{ field: 'period', message: expect.any(String) }]);
    expect((await as(admin).get('/leaderboards/hidden-people').expect(200)).body).toEqual({
      people: [],
    });
  });

  it("tells when the week's boards start again, in the tenant's time zone", async () => {
    const { body } = await as(ana).get('/leaderboards/next-reset?period=week').expect(200);
    expect(body).toMatchObject({ kind: 'week', timeZone: 'Europe/Lisbon' });
    expect(Date.parse(body.nextResetAt)).toBeGreaterThan(Date.now());
  });
});
