import { GroupDeleted, MemberLeftGroup, Topics } from '@citypoints/contracts';
import { TopicReader } from '@citypoints/testing';
import { TestApp } from '@citypoints/platform/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { rowCounts } from '../testing/row-counts';
import { addPerson, signUp, TestPerson } from '../testing/sign-up';
import { startIdentity } from '../testing/start-identity';

describe('group management: rename, remove a member, hand over, delete', () => {
  const tenant = 'managed-group-town';
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

  const groups = `/tenants/${tenant}/groups`;
  const as = (person: TestPerson) => service.httpAs(person);
  // A group founded by a new citizen, joined by `joiners` more, in this order.
  const groupOf = async (joiners = 0) => {
    const founder = await signUp(service, tenant);
    const created = await (
      await as(founder)
    )
      .post(groups)
      .send({ name: 'Os Golfinhos', kind: 'team', createdBy: founder.userId })
      .expect(201);
    const members: TestPerson[] = [];
    for (let i = 0; i < joiners; i++) {
      const member = await signUp(service, tenant);
      await (
        await as(member)
      )
        .post(`${groups}/memberships`)
        .send({ inviteCode: created.body.inviteCode, userId: member.userId })
        .expect(200);
      members.push(member);
    }
    return { founder, members, groupId: created.body.groupId as string, ...created.body };
  };
  const myGroups = async (person: TestPerson) =>
    (await (await as(person)).get(`/tenants/${tenant}/people/${person.userId}/groups`)).body
      .groups as { groupId: string; name: string; role: string; memberCount: number }[];
  const nameOf = async (groupId: string, reader: TestPerson) =>
    (await (await as(reader)).post(`/tenants/${tenant}/group-names`).send({ groupIds: [groupId] }))
      .body.names[groupId];

  it('lets the founder and an admin rename a group, which the group names follow', async () => {
    const { founder, groupId } = await groupOf();
    const renamed = await (await as(founder)).patch(`${groups}/${groupId}`).send({ name: 'Surf' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toEqual({ groupId, name: 'Surf' });
    expect(await nameOf(groupId, founder)).toBe('Surf');

    const admin = await addPerson(service, tenant, 'tenant-admin');
    await (await as(admin)).patch(`${groups}/${groupId}`).send({ name: 'Ondas' }).expect(200);
    expect((await myGroups(founder))[0]).toMatchObject({ groupId, name: 'Ondas' });
  });

  it("refuses a member, another tenant's admin and a bad name a renaming, changing nothing", async () => {
    const { groupId, members } = await groupOf(1);
    const otherAdmin = await addPerson(service, 'other-managed-town', 'tenant-admin');
    const before = await rowCounts(db);
    const byMember = await (await as(members[0])).patch(`${groups}/${groupId}`).send({ name: 'X' });
    expect(byMember.status).toBe(403);
    expect(byMember.body).toMatchObject({
      code: 'founder-or-admin-only',
      detail: "only the group's founder and the tenant's admins may do this",
    });
    const byOther = await (await as(otherAdmin)).patch(`${groups}/${groupId}`).send({ name: 'X' });
    expect(byOther.status).toBe(403);
    const blank = await (await as(members[0])).patch(`${groups}/${groupId}`).send({ name: ' ' });
    expect(blank.status).toBe(400);
    expect(blank.body.errors).toEqual([{ field: 'name', message: expect.any(String) }]);
    expect(await rowCounts(db)).toEqual(before);
    expect(await nameOf(groupId, members[0])).toBe('Os Golfinhos');
  });

  it('answers 404 unknown-group for a group the tenant does not have', async () => {
    const admin = await addPerson(service, tenant, 'tenant-admin');
    const unknown = await (await as(admin)).delete(`${groups}/${randomUUID()}`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('unknown-group');
  });

  it('lets the founder and an admin remove a member, who stops counting as one who leaves', async () => {
    const { founder, members, groupId } = await groupOf(3);
    const [ana, rui, eva] = members;
    const byMember = await (await as(ana)).delete(`${groups}/${groupId}/members/${rui.userId}`);
    expect(byMember.status).toBe(403);

    await (await as(founder)).delete(`${groups}/${groupId}/members/${ana.userId}`).expect(204);
    const [left] = await topic.waitFor(MemberLeftGroup, { groupId, userId: ana.userId });
    expect(left.data).toEqual({ groupId, userId: ana.userId });
    const admin = await addPerson(service, tenant, 'tenant-admin');
    await (await as(admin)).delete(`${groups}/${groupId}/members/${rui.userId}`).expect(204);
    await topic.waitFor(MemberLeftGroup, { groupId, userId: rui.userId });

    expect(await myGroups(ana)).toEqual([]);
    expect((await myGroups(eva))[0]).toMatchObject({ memberCount: 2, role: 'member' });
    const again = await (await as(admin)).delete(`${groups}/${groupId}/members/${rui.userId}`);
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('not-a-member');
  });

  it('hands a group over to a member only', async () => {
    const { founder, members, groupId } = await groupOf(1);
    const [ana] = members;
    const stranger = await signUp(service, tenant);
    const before = await rowCounts(db);
    const refused = await (
      await as(founder)
    )
      .put(`${groups}/${groupId}/founder`)
      .send({ person: stranger.userId });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({ code: 'not-a-member', errors: [{ field: 'person' }] });
    const malformed = await (await as(founder)).put(`${groups}/${groupId}/founder`).send({});
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([{ field: 'person', message: 'person must be a UUID' }]);
    expect(await rowCounts(db)).toEqual(before);

    const handed = await (
      await as(founder)
    )
      .put(`${groups}/${groupId}/founder`)
      .send({ person: ana.userId });
    expect(handed.status).toBe(200);
    expect(handed.body).toEqual({ groupId, founder: ana.userId });
    expect((await myGroups(ana))[0].role).toBe('founder');
    expect((await myGroups(founder))[0].role).toBe('member');
    const formerFounder = await (
      await as(founder)
    )
      .patch(`${groups}/${groupId}`)
      .send({ name: 'X' });
    expect(formerFounder.status).toBe(403);
  });

  it('hands the group of a founder who leaves to its longest-standing member', async () => {
    const { founder, members, groupId } = await groupOf(2);
    const [first, second] = members;
    await (await as(founder)).delete(`${groups}/${groupId}/members/${founder.userId}`).expect(204);
    await topic.waitFor(MemberLeftGroup, { groupId, userId: founder.userId });
    expect((await myGroups(first))[0]).toMatchObject({ groupId, role: 'founder', memberCount: 2 });
    expect((await myGroups(second))[0].role).toBe('member');
    await (await as(first)).patch(`${groups}/${groupId}`).send({ name: 'Ours now' }).expect(200);
  });

  it('deletes the group its last member leaves, freeing its invite code', async () => {
    const { founder, groupId, inviteCode } = await groupOf();
    await (await as(founder)).delete(`${groups}/${groupId}/members/${founder.userId}`).expect(204);
    await topic.waitFor(MemberLeftGroup, { groupId, userId: founder.userId });
    await topic.waitFor(GroupDeleted, { groupId });
    expect(await nameOf(groupId, founder)).toBeNull();
    const join = await (
      await as(founder)
    )
      .post(`${groups}/memberships`)
      .send({ inviteCode, userId: founder.userId });
    expect(join.status).toBe(404);
  });

  it('deletes a group for its founder or an admin: every member leaves, then it is gone', async () => {
    const { founder, members, groupId } = await groupOf(2);
    const byMember = await (await as(members[0])).delete(`${groups}/${groupId}`);
    expect(byMember.status).toBe(403);
    expect(byMember.body.code).toBe('founder-or-admin-only');

    await (await as(founder)).delete(`${groups}/${groupId}`).expect(204);
    for (const member of [founder, ...members]) {
      await topic.waitFor(MemberLeftGroup, { groupId, userId: member.userId });
    }
    const [deleted] = await topic.waitFor(GroupDeleted, { groupId });
    expect(deleted).toMatchObject({ tenantid: tenant, data: { groupId } });
    expect(await myGroups(members[1])).toEqual([]);
    const listed = await (await as(founder)).get(`${groups}/${groupId}/members`);
    expect(listed.status).toBe(404);

    const admin = await addPerson(service, tenant, 'tenant-admin');
    const other = await groupOf(1);
    await (await as(admin)).delete(`${groups}/${other.groupId}`).expect(204);
    await topic.waitFor(GroupDeleted, { groupId: other.groupId });
  });
});
