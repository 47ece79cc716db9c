import { TestApp } from '@citypoints/platform/testing';
import { DataSource } from 'typeorm';
import { rowCounts } from '../testing/row-counts';
import { addPerson, PASSWORD, signUp, TestPerson } from '../testing/sign-up';
import { startIdentity } from '../testing/start-identity';
import { ONLY_ON_THEMSELVES } from './acting-on-person-rule';

type Method = 'get' | 'put' | 'patch' | 'post' | 'delete';

interface Call {
  method: Method;
  path: string;
  body?: object;
}

/** Every route that names a person in its path or body checks it against the acting person. */
describe('who may act on whom', () => {
  const tenant = 'self-town';
  const at = `/tenants/${tenant}`;
  let service: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    service = await startIdentity();
    db = service.db;
  });

  afterAll(async () => {
    await service?.close();
  });

  const newGroup = async (founder: TestPerson) =>
    (
      await service
        .http()
        .post(`${at}/groups`)
        .send({ name: 'Surfistas', kind: 'team', createdBy: founder.userId })
        .expect(201)
    ).body as { groupId: string; inviteCode: string };
  const refreshTokenOf = async (person: TestPerson) =>
    (
      await service
        .http()
        .post(`${at}/sessions`)
        .send({ email: person.email, password: PASSWORD })
        .expect(200)
    ).body.refreshToken as string;

  // Each call acts on `person`; whatever it needs (a group, a session) is made beforehand.
  const calls: [string, (person: TestPerson) => Promise<Call>][] = [
    ['data export', async (p) => ({ method: 'get', path: `${at}/people/${p.userId}/export` })],
    [
      'consent',
      async (p) => ({
        method: 'put',
        path: `${at}/people/${p.userId}/consent`,
        body: { visibility: 'nickname', nickname: 'Gaivota' },
      }),
    ],
    ['erasure', async (p) => ({ method: 'delete', path: `${at}/people/${p.userId}` })],
    ['reading a profile', async (p) => ({ method: 'get', path: `${at}/people/${p.userId}` })],
    [
      'changing a profile',
      async (p) => ({
        method: 'patch',
        path: `${at}/people/${p.userId}`,
        body: { displayName: 'Taken over', locale: 'sv' },
      }),
    ],
    [
      'changing a password',
      async (p) => ({
        method: 'post',
        path: `${at}/people/${p.userId}/password-changes`,
        body: { currentPassword: PASSWORD, newPassword: 'a quiet lagoon at dawn' },
      }),
    ],
    ['listing groups', async (p) => ({ method: 'get', path: `${at}/people/${p.userId}/groups` })],
    [
      'sign-out everywhere',
      async (p) => ({ method: 'post', path: `${at}/people/${p.userId}/sign-out-everywhere` }),
    ],
    ['a QR token', async (p) => ({ method: 'post', path: `${at}/people/${p.userId}/qr-token` })],
    // Taking a person out of a group is also its founder's and the tenant's admins' (see
    // groups/group-management.int.spec.ts), so it is not in this list.
    [
      'founding a group',
      async (p) => ({
        method: 'post',
        path: `${at}/groups`,
        body: { name: 'Surfistas', kind: 'team', createdBy: p.userId },
      }),
    ],
    [
      'joining a group',
      async (p) => {
        const { inviteCode } = await newGroup(await signUp(service, tenant));
        return {
          method: 'post',
          path: `${at}/groups/memberships`,
          body: { inviteCode, userId: p.userId },
        };
      },
    ],
    [
      'sign-out',
      async (p) => ({
        method: 'post',
        path: `${at}/sessions/sign-out`,
        body: { userId: p.userId, refreshToken: await refreshTokenOf(p) },
      }),
    ],
  ];

  const send = async (actor: TestPerson, { method, path, body }: Call) => {
    const http = await service.httpAs(actor);
    return body === undefined ? http[method](path) : http[method](path).send(body);
  };
  // What any of the calls would change about the person.
  const stateOf = async (person: TestPerson) => ({
    rows: await rowCounts(db),
    person: await db.query(`SELECT * FROM person WHERE id = $1`, [person.userId]),
    liveSessions: await db.query(
      `SELECT token_hash FROM refresh_token WHERE person_id = $1 AND revoked_at IS NULL`,
      [person.userId],
    ),
    groups: await db.query(`SELECT group_id FROM group_member WHERE person_id = $1`, [
      person.userId,
    ]),
  });

  it.each(calls)(
    'refuses a citizen acting on another citizen (%s) with 403, changing nothing',
    async (_, call) => {
      const [actor, other] = [await signUp(service, tenant), await signUp(service, tenant)];
      const request = await call(other);
      const before = await stateOf(other);
      const response = await send(actor, request);
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({
        code: 'only-on-themselves',
        detail: ONLY_ON_THEMSELVES,
      });
      expect(await stateOf(other)).toEqual(before);
    },
  );

  it.each(calls)(
    'refuses a tenant admin acting on a citizen of the tenant (%s): the public API has no such route',
    async (_, call) => {
      const [admin, citizen] = [
        await addPerson(service, tenant, 'tenant-admin'),
        await signUp(service, tenant),
      ];
      const request = await call(citizen);
      const before = await stateOf(citizen);
      expect((await send(admin, request)).status).toBe(403);
      expect(await stateOf(citizen)).toEqual(before);
    },
  );

  it.each(calls)('lets a citizen act on themselves (%s)', async (_, call) => {
    const citizen = await signUp(service, tenant);
    const response = await send(citizen, await call(citizen));
    expect(response.status).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(300);
  });

  it('lets a tenant admin export, sign out everywhere and erase themselves', async () => {
    const admin = await addPerson(service, tenant, 'tenant-admin');
    const self = `${at}/people/${admin.userId}`;
    await (await service.httpAs(admin)).get(`${self}/export`).expect(200);
    await (await service.httpAs(admin)).post(`${self}/sign-out-everywhere`).expect(204);
    await (await service.httpAs(admin)).delete(self).expect(204);
  });
});
