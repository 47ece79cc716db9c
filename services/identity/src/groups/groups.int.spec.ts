import { GroupCreated, MemberJoinedGroup, MemberLeftGroup, Topics } from '@citypoints/contracts';
import { TopicReader } from '@citypoints/testing';
import { TestApp } from '@citypoints/platform/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { rowCounts } from '../testing/row-counts';
import { addPerson, signUp, TestPerson } from '../testing/sign-up';
import { startIdentity } from '../testing/start-identity';

describe('groups', () => {
  const tenant = 'group-town';
  let service: TestApp;
  let db: DataSource;
  let topic: TopicReader;

  beforeAll(async () => {
    service = await startIdentity();
    db = service.db;
    topic = await TopicReader.read(service.topic(Topics.identity));
  });

  afterAll(async () => {
    await topic?.close();
    await service?.close();
  });

  const http = () => service.http();
  const groups = `/tenants/${tenant}/groups`;
  const createGroup = (createdBy: string, change: object = {}) =>
    http()
      .post(groups)
      .send({ name: 'Escola Básica de Alcabideche', kind: 'school', createdBy, ...change });
  const join = (inviteCode: string, userId: string, at = tenant) =>
    http().post(`/tenants/${at}/groups/memberships`).send({ inviteCode, userId });
  const members = async (groupId: string, reader: TestPerson) =>
    (await service.httpAs(reader)).get(`${groups}/${groupId}/members`);

  it('publishes GroupCreated, and MemberJoinedGroup for founder and joiner, on the topic', async () => {
    const founder = await signUp(service, tenant);
    const joiner = await signUp(service, tenant, { displayName: 'Rita' });
    const created = await createGroup(founder.userId);
    expect(created.status).toBe(201);
    const { groupId, inviteCode } = created.body;
    expect(inviteCode).toMatch(/^[A-Z2-9]{10}$/);

    const spelledByHand = `${inviteCode.slice(0, 5).toLowerCase()}-${inviteCode.slice(5)}`;
    expect((await join(spelledByHand, joiner.userId)).body).toEqual({ groupId });

    const [groupCreated] = await topic.waitFor(GroupCreated, { groupId });
    expect(groupCreated).toMatchObject({
      tenantid: tenant,
      data: { groupId, kind: 'school', createdBy: founder.userId },
    });
    expect(JSON.stringify(groupCreated)).not.toContain('Alcabideche');
    await topic.waitFor(MemberJoinedGroup, { groupId, userId: founder.userId });
    await topic.waitFor(MemberJoinedGroup, { groupId, userId: joiner.userId });

    await http().delete(`${groups}/${groupId}/members/${joiner.userId}`).expect(204);
    const [left] = await topic.waitFor(MemberLeftGroup, { groupId, userId: joiner.userId });
    expect(left.data).toEqual({ groupId, userId: joiner.userId });
    expect(JSON.stringify(topic.events)).not.toContain('Rita');
  });

  it('counts a second join once and refuses to remove a non-member', async () => {
    const founder = await signUp(service, tenant);
    const { groupId, inviteCode } = (await createGroup(founder.userId).expect(201)).body;
    const outboxBefore = (await rowCounts(db)).outbox;
    await join(inviteCode, founder.userId).expect(200);
    expect((await rowCounts(db)).outbox).toBe(outboxBefore);

    const stranger = await signUp(service, tenant);
    const before = await rowCounts(db);
    const leave = await http().delete(`${groups}/${groupId}/members/${stranger.userId}`);
    expect(leave.status).toBe(404);
    expect(await rowCounts(db)).toEqual(before);
  });

  it('lists members by the name each consented to show', async () => {
    const shown = await signUp(service, tenant, { displayName: 'Ana Shown' });
    const nicknamed = await signUp(service, tenant, { displayName: 'Bea Real' });
    const hidden = await signUp(service, tenant, { displayName: 'Carla Hidden' });
    const { groupId, inviteCode } = (await createGroup(shown.userId).expect(201)).body;
    await join(inviteCode, nicknamed.userId).expect(200);
    await join(inviteCode, hidden.userId).expect(200);
    const people = `/tenants/${tenant}/people`;
    await http()
      .put(`${people}/${shown.userId}/consent`)
      .send({ visibility: 'public' })
      .expect(200);
    await http()
      .put(`${people}/${nicknamed.userId}/consent`)
      .send({ visibility: 'nickname', nickname: 'beachcomber' })
      .expect(200);

    const { status, body } = await members(groupId, hidden);
    expect(status).toBe(200);
    expect(body.members.map((m: { publicName: string | null }) => m.publicName)).toEqual([
      'Ana Shown',
      'beachcomber',
      null,
    ]);
    expect(JSON.stringify(body)).not.toMatch(/Bea Real|Carla/);
  });

  it("lets only the group's members and the tenant's admins list its members", async () => {
    const founder = await signUp(service, tenant);
    const { groupId } = (await createGroup(founder.userId).expect(201)).body;
    const admin = await addPerson(service, tenant, 'tenant-admin');
    expect((await members(groupId, founder)).status).toBe(200);
    expect((await members(groupId, admin)).status).toBe(200);

    const outsider = await signUp(service, tenant);
    const refused = await members(groupId, outsider);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      code: 'members-only',
      detail: "only the group's members and the tenant's admins may list its members",
    });
    expect(JSON.stringify(refused.body)).not.toContain(founder.userId);
    const otherAdmin = await addPerson(service, 'other-group-town', 'tenant-admin');
    expect((await members(groupId, otherAdmin)).status).toBe(403);
    expect((await http().get(`${groups}/${groupId}/members`)).status).toBe(403);
  });

  it('keeps invite codes within their tenant', async () => {
    const founder = await signUp(service, tenant);
    const { inviteCode } = (await createGroup(founder.userId).expect(201)).body;
    const elsewhere = await signUp(service, 'other-group-town');
    const response = await join(inviteCode, elsewhere.userId, 'other-group-town');
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({
      code: 'unknown-invite-code',
      errors: [{ field: 'inviteCode', message: 'no group has this invite code' }],
    });
  });

  it.each([
    ['an unknown kind', () => ({ kind: 'club' }), 'kind must be one of team, school'],
    ['an empty name', () => ({ name: ' ' }), 'name must be 1 to 100 characters'],
    ['a NUL in the name', () => ({ name: 'Surf\u0000team' }), 'name must not contain control'],
    ['a bidi override in the name', () => ({ name: '\u202eSurf' }), 'name must not contain'],
    ['an invisible-only name', () => ({ name: '\u3164\u3164' }), 'name must contain a visible'],
    ['a malformed founder', () => ({ createdBy: 'me' }), 'createdBy must be a UUID'],
    ['an unknown founder', () => ({ createdBy: randomUUID() }), 'does not exist'],
  ])('refuses to create a group with %s, writing nothing', async (_case, change, message) => {
    const founder = await signUp(service, tenant);
    const before = await rowCounts(db);
    const response = await createGroup(founder.userId, change());
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.body.detail).toContain(message);
    expect(await rowCounts(db)).toEqual(before);
  });

  it('refuses a malformed invite code with 400 naming it', async () => {
    const response = await join('nope', randomUUID());
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([
      { field: 'inviteCode', message: expect.stringContaining('inviteCode must be') },
    ]);
  });

  it("lists a person's groups with their role, member count and invite code, in order of joining", async () => {
    const [ana, rui] = [await signUp(service, tenant), await signUp(service, tenant)];
    const school = (await createGroup(ana.userId).expect(201)).body;
    const team = (await createGroup(rui.userId, { name: 'Surf team', kind: 'team' })).body;
    await join(team.inviteCode, ana.userId).expect(200);
    const mine = async (person: TestPerson) =>
      (await service.httpAs(person)).get(`/tenants/${tenant}/people/${person.userId}/groups`);

    const listed = await mine(ana);
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual({
      groups: [
        {
          ...{ groupId: school.groupId, name: 'Escola Básica de Alcabideche', kind: 'school' },
          ...{ role: 'founder', memberCount: 1, inviteCode: school.inviteCode },
          joinedAt: expect.any(String),
        },
        {
          ...{ groupId: team.groupId, name: 'Surf team', kind: 'team', role: 'member' },
          ...{ memberCount: 2, inviteCode: team.inviteCode, joinedAt: expect.any(String) },
        },
      ],
    });
    expect((await mine(rui)).body.groups).toEqual([
      expect.objectContaining({ groupId: team.groupId, role: 'founder', memberCount: 2 }),
    ]);
    await http().delete(`${groups}/${team.groupId}/members/${ana.userId}`).expect(204);
    expect((await mine(ana)).body.groups.map((g: { groupId: string }) => g.groupId)).toEqual([
      school.groupId,
    ]);
    expect((await mine(await signUp(service, tenant))).body).toEqual({ groups: [] });
  });

  it("refuses a person another's groups, naming none of them", async () => {
    const [ana, rui] = [await signUp(service, tenant), await signUp(service, tenant)];
    const { inviteCode } = (await createGroup(ana.userId).expect(201)).body;
    const response = await (
      await service.httpAs(rui)
    ).get(`/tenants/${tenant}/people/${ana.userId}/groups`);
    expect(response.status).toBe(403);
    expect(response.text).not.toContain(inviteCode);
  });
});
