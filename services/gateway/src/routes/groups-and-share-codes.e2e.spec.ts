import { waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { checkInExamples } from '../testing/check-in-examples';
import { citizen, createTenant, credit, Person, staff } from '../testing/people';
import { rankingsKnowsMembers } from '../testing/rankings-memberships';
import { GatewayCluster, startCluster } from '../testing/start-cluster';

describe('managing groups and giving points by share code, through the gateway', () => {
  const tenant = 'share-group-town';
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

  const as = (person: Person) => {
    const call = (method: 'get' | 'post' | 'patch' | 'put' | 'delete', path: string) =>
      request(cluster.gateway.url)
        [method](`/api/v1${path}`)
        .auth(person.accessToken, { type: 'bearer' });
    return {
      get: (path: string) => call('get', path),
      post: (path: string) => call('post', path),
      patch: (path: string) => call('patch', path),
      put: (path: string) => call('put', path),
      delete: (path: string) => call('delete', path),
    };
  };
  type BoardEntry = { groupId: string; name?: string | null; points: number };
  const groupBoard = async (reader: Person) =>
    (await as(reader).get('/leaderboards/groups?period=all&limit=100').expect(200)).body
      .entries as BoardEntry[];
  const onBoard = (reader: Person, groupId: string) =>
    groupBoard(reader).then((entries) => entries.find((entry) => entry.groupId === groupId));

  it('finds a person by the code they share, as they consented, and gives them points', async () => {
    const [ana, rui] = [await citizen(cluster, tenant), await citizen(cluster, tenant)];
    await credit(cluster, admin, rui, 20);
    const { shareCode } = (await as(ana).get('/me').expect(200)).body;
    const typed = `${shareCode.slice(0, 4).toLowerCase()}-${shareCode.slice(4)}`;

    const found = await as(rui).get(`/people/by-share-code?code=${encodeURIComponent(typed)}`);
    expect(found.status).toBe(200);
    expect(found.body).toEqual({ person: ana.userId, displayName: null });
    expect(found.text).not.toContain(ana.email);
    await as(ana).put('/me/consent').send({ visibility: 'public' }).expect(200);
    const named = await as(rui).get(`/people/by-share-code?code=${shareCode}`).expect(200);
    expect(named.body.displayName).toBe('Ana Silva');

    const transfer = { transferId: randomUUID(), to: found.body.person, points: 5 };
    await as(rui).post('/me/transfers').send(transfer).expect(200);
    await waitFor("Ana's gift", async () =>
      (await as(ana).get('/me/balance')).body.balance === 5 ? true : undefined,
    );

    const malformed = await as(rui).get('/people/by-share-code?code=K7QX0');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([
      { field: 'code', message: 'code must be the 8-character code a person shares' },
    ]);
    const unknown = await as(rui).get('/people/by-share-code?code=ZZZZZZZZ');
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'code' })]);
  });

  it('renames, hands over and deletes a group, which the group board follows', async () => {
    const [ana, rui, eva] = [
      await citizen(cluster, tenant),
      await citizen(cluster, tenant),
      await citizen(cluster, tenant),
    ];
    const created = await as(ana).post('/groups').send({ name: 'Dune keepers', kind: 'team' });
    const { groupId, inviteCode } = created.body;
    for (const member of [rui, eva]) {
      await as(member).post('/groups/memberships').send({ inviteCode }).expect(200);
    }
    await as(ana).patch(`/groups/${groupId}`).send({ name: 'Dune runners' }).expect(200);
    await as(ana).delete(`/groups/${groupId}/members/${eva.userId}`).expect(204);
    expect((await as(eva).get('/me/groups')).body.groups).toEqual([]);
    expect((await as(rui).delete(`/groups/${groupId}`)).status).toBe(403);

    // Ana leaves: the group passes to Rui, who joined first after her.
    await as(ana).delete(`/me/groups/${groupId}`).expect(204);
    expect((await as(rui).get('/me/groups')).body.groups).toEqual([
      expect.objectContaining({ groupId, name: 'Dune runners', role: 'founder', memberCount: 1 }),
    ]);
    await rankingsKnowsMembers(cluster, groupId, [rui.userId]);
    const { checkIn } = await checkInExamples(cluster, admin);
    const { body, headers = {} } = await checkIn(rui);
    await as(rui).post('/check-ins').set(headers).send(body).expect(201);
    const entry = await waitFor('the group on the board', () => onBoard(rui, groupId));
    expect(entry).toMatchObject({ name: 'Dune runners', points: expect.any(Number) });

    await as(rui).delete(`/groups/${groupId}`).expect(204);
    await waitFor('the deleted group off the board', async () =>
      (await onBoard(rui, groupId)) ? undefined : true,
    );
    expect((await as(rui).get('/me/groups')).body.groups).toEqual([]);
  });
});
