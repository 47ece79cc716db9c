import { waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { NEUTRAL_NAME } from '../routes/with-leaderboard-names';
import { checkInExamples } from '../testing/check-in-examples';
import { createTenant, PASSWORD, Person, signIn, staff } from '../testing/people';
import { rankingsKnowsMembers } from '../testing/rankings-memberships';
import { GatewayCluster, startCluster } from '../testing/start-cluster';

/**
 * Group boards and closed periods through the gateway: rankings' group places joined with
 * identity's group names, a group's members' contributions with their public names and
 * without the people an admin hid, and a past period closed by a tenant admin, then read.
 */
describe('group leaderboards and past periods, through the gateway', () => {
  const tenant = 'league-city';
  let cluster: GatewayCluster;
  let admin: Person;
  let ana: Person;
  let bea: Person;
  let caio: Person;
  let groupId: string;

  const api = () => request(cluster.gateway.url);
  const as = (person: Person) => {
    const call = (method: 'get' | 'post' | 'put' | 'delete') => (path: string) =>
      api()[method](`/api/v1${path}`).auth(person.accessToken, { type: 'bearer' });
    return { get: call('get'), post: call('post'), put: call('put'), delete: call('delete') };
  };

  async function resident(displayName: string, consent: object): Promise<Person> {
    const email = `${randomUUID()}@example.org`;
    await api()
      .post(`/api/v1/tenants/${tenant}/sign-up`)
      .send({ email, password: PASSWORD, displayName })
      .expect(201);
    const person = await signIn(cluster, tenant, email, 'citizen');
    await as(person).put('/me/consent').send(consent).expect(200);
    return person;
  }

  beforeAll(async () => {
    cluster = await startCluster();
    await createTenant(cluster, tenant);
    admin = await staff(cluster, tenant, 'tenant-admin');
    const { checkIn } = await checkInExamples(cluster, admin);
    ana = await resident('Ana Pública', { visibility: 'public' });
    bea = await resident('Bea Real', { visibility: 'nickname', nickname: 'surfista' });
    caio = await resident('Caio Oculto', { visibility: 'hidden' });
    const founded = await as(ana).post('/groups').send({ name: 'Tide pool', kind: 'team' });
    groupId = founded.body.groupId;
    for (const member of [bea, caio]) {
      await as(member)
        .post('/groups/memberships')
        .send({ inviteCode: founded.body.inviteCode })
        .expect(200);
    }
    await rankingsKnowsMembers(
      cluster,
      groupId,
      [ana, bea, caio].map((p) => p.userId),
    );
    for (const person of [ana, bea, caio]) {
      const { body, headers = {} } = await checkIn(person);
      await as(person).post('/check-ins').set(headers).send(body).expect(201);
    }
    await waitFor("rankings to count each member's check-in for the group", async () => {
      const { body } = await as(ana).get(`/leaderboards/groups/${groupId}/members?period=all`);
      return body.total === 3 ? true : undefined;
    });
  }, 120_000);

  afterAll(async () => {
    await cluster?.close();
  });

  it('ranks the group by total and by average per active member, naming it', async () => {
    const total = await as(bea).get('/leaderboards/groups?period=all').expect(200);
    expect(total.body).toMatchObject({ ranking: 'total', category: 'all', total: 1, offset: 0 });
    expect(total.body.entries).toEqual([
      { place: 1, groupId, score: 90, points: 90, activeMembers: 3, name: 'Tide pool' },
    ]);
    const average = await as(bea).get('/leaderboards/groups?period=week&ranking=average');
    expect(average.status).toBe(200);
    expect(average.body.entries).toEqual([
      { place: 1, groupId, score: 30, points: 90, activeMembers: 3, name: 'Tide pool' },
    ]);
    const standing = await as(caio).get(`/leaderboards/groups/${groupId}?period=month&span=1`);
    expect(standing.status).toBe(200);
    expect(standing.body).toMatchObject({
      groupId,
      name: 'Tide pool',
      points: 90,
      entry: { place: 1, groupId, name: 'Tide pool' },
      above: [],
      below: [],
    });
  });

  it("names each member's contribution as they consented, and leaves out whom the admin hid", async () => {
    const members = `/leaderboards/groups/${groupId}/members?period=all`;
    const named = await as(ana).get(members).expect(200);
    expect(named.body.total).toBe(3);
    const byId = (entries: { userId: string }[]) =>
      Object.fromEntries(entries.map((entry) => [entry.userId, entry]));
    expect(byId(named.body.contributions)).toEqual({
      [ana.userId]: {
        userId: ana.userId,
        points: 30,
        active: true,
        name: 'Ana Pública',
        anonymous: false,
      },
      [bea.userId]: {
        userId: bea.userId,
        points: 30,
        active: true,
        name: 'surfista',
        anonymous: false,
      },
      [caio.userId]: {
        userId: caio.userId,
        points: 30,
        active: true,
        name: NEUTRAL_NAME,
        anonymous: true,
      },
    });
    expect(JSON.stringify(named.body)).not.toContain('Caio Oculto');

    await as(admin).put(`/leaderboards/hidden-people/${bea.userId}`).expect(200);
    const hidden = await as(ana).get(members).expect(200);
    expect(hidden.body.total).toBe(2);
    expect(Object.keys(byId(hidden.body.contributions)).sort()).toEqual(
      [ana.userId, caio.userId].sort(),
    );
    await as(admin).delete(`/leaderboards/hidden-people/${bea.userId}`).expect(204);
    expect((await as(ana).get(members).expect(200)).body).toEqual(named.body);
  });

  it("refuses another tenant's or an unknown group with 404, and bad input naming the field", async () => {
    const unknown = await as(ana).get(`/leaderboards/groups/${randomUUID()}?period=all`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('unknown-group');
    for (const [path, field] of [
      ['/leaderboards/groups?period=all&ranking=best', 'ranking'],
      ['/leaderboards/groups?period=fortnight', 'period'],
      [`/leaderboards/groups/${groupId}?period=all&span=26`, 'span'],
      [`/leaderboards/groups/${groupId}/members?period=all&limit=101`, 'limit'],
      [`/leaderboards/groups/${groupId}/members?period=all&ranking=total`, 'ranking'],
      ['/leaderboards/past?period=last-week', 'period'],
      ['/leaderboards/past?period=2025-W01&offset=-1', 'offset'],
    ]) {
      const response = await as(ana).get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect(response.body.errors).toEqual([{ field, message: expect.any(String) }]);
    }
  });

  it('lets a tenant admin close an ended period once, and everyone read it', async () => {
    expect((await as(ana).post('/leaderboards/closures?period=2025-W01')).status).toBe(403);
    const notClosed = await as(ana).get('/leaderboards/past?period=2025-W01');
    expect(notClosed.status).toBe(404);
    expect(notClosed.body.code).toBe('period-not-closed');

    const closed = await as(admin).post('/leaderboards/closures?period=2025-W01').expect(201);
    expect(closed.body).toMatchObject({ id: '2025-W01', kind: 'week', timeZone: 'Europe/Lisbon' });
    const again = await as(admin).post('/leaderboards/closures?period=2025-W01').expect(200);
    expect(again.body).toEqual(closed.body);
    const read = await as(bea).get('/leaderboards/past?period=2025-W01&limit=5').expect(200);
    expect(read.body).toEqual(closed.body);

    const running = (await as(ana).get('/leaderboards/next-reset?period=week')).body.id;
    const early = await as(admin).post(`/leaderboards/closures?period=${running}`);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('period-not-ended');
  });
});
