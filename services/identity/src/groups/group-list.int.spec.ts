import { TestApp } from '@citypoints/platform/testing';
import { randomUUID } from 'node:crypto';
import { addPerson, signUp, TestPerson } from '../testing/sign-up';
import { startIdentity } from '../testing/start-identity';

describe("a tenant's admins list its groups", () => {
  const tenant = 'group-list-town';
  const other = 'other-group-list-town';
  let service: TestApp;
  let admin: TestPerson;

  beforeAll(async () => {
    service = await startIdentity();
    admin = await addPerson(service, tenant, 'tenant-admin');
  });

  afterAll(async () => {
    await service?.close();
  });

  const as = (person: TestPerson) => service.httpAs(person);
  const groupsOf = (slug: string) => `/tenants/${slug}/groups`;
  // A group of `slug` founded by a new citizen named `founderName`, joined by `joiners` more.
  const groupOf = async (slug: string, name: string, founderName: string, joiners = 0) => {
    const founder = await signUp(service, slug, { displayName: founderName });
    const created = await (
      await as(founder)
    )
      .post(groupsOf(slug))
      .send({ name, kind: 'team', createdBy: founder.userId })
      .expect(201);
    const members: TestPerson[] = [];
    for (let i = 0; i < joiners; i++) {
      const member = await signUp(service, slug, { displayName: `Member ${i}` });
      await (
        await as(member)
      )
        .post(`${groupsOf(slug)}/memberships`)
        .send({ inviteCode: created.body.inviteCode, userId: member.userId })
        .expect(200);
      members.push(member);
    }
    return { founder, members, groupId: created.body.groupId as string };
  };
  const list = async (query: Record<string, string>, actor = admin) =>
    (await as(actor)).get(groupsOf(tenant)).query(query);

  it('finds groups by a part of the name in any case, in pages, with founder and member count', async () => {
    const mark = randomUUID().slice(0, 8);
    const carla = await groupOf(tenant, `Carla ${mark}`, 'Carla Real', 0);
    const bruno = await groupOf(tenant, `bruno ${mark}`, 'Bruno Real', 1);
    const alda = await groupOf(tenant, `Alda ${mark}`, 'Alda Real', 2);
    // Another tenant's group of the same mark is never listed here.
    await groupOf(other, `Alda ${mark}`, 'Outsider', 1);

    const page = await list({ search: mark.toUpperCase(), limit: '2' });
    expect(page.status).toBe(200);
    expect(page.body.total).toBe(3);
    expect(page.body.groups).toEqual([
      {
        groupId: alda.groupId,
        name: `Alda ${mark}`,
        founder: { person: alda.founder.userId, displayName: 'Alda Real' },
        memberCount: 3,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      },
      expect.objectContaining({ groupId: bruno.groupId, name: `bruno ${mark}`, memberCount: 2 }),
    ]);
    const next = await list({ search: mark, offset: '2' });
    expect(next.body).toEqual({
      total: 3,
      groups: [
        expect.objectContaining({
          groupId: carla.groupId,
          founder: { person: carla.founder.userId, displayName: 'Carla Real' },
          memberCount: 1,
        }),
      ],
    });
    const past = await list({ search: mark, offset: '10' });
    expect(past.body).toEqual({ groups: [], total: 3 });

    // The list follows a hand-over: the new founder's real name shows.
    const heir = bruno.members[0];
    await (
      await as(admin)
    )
      .put(`${groupsOf(tenant)}/${bruno.groupId}/founder`)
      .send({ person: heir.userId })
      .expect(200);
    const handedOver = await list({ search: `bruno ${mark}` });
    expect(handedOver.body.groups[0].founder).toEqual({
      person: heir.userId,
      displayName: 'Member 0',
    });
  });

  it('lists every group of the tenant and only those without a search, paged by default', async () => {
    const all = await list({ limit: '100' });
    expect(all.status).toBe(200);
    expect(all.body.groups.length).toBe(Math.min(all.body.total, 100));
    expect(
      all.body.groups.some(
        (g: { founder: { displayName: string } | null }) => g.founder?.displayName === 'Outsider',
      ),
    ).toBe(false);
    const byDefault = await list({});
    expect(byDefault.body.groups.length).toBe(Math.min(all.body.total, 20));
  });

  it('matches % and _ only as themselves', async () => {
    await groupOf(tenant, 'Plain name', 'Rita Real');
    const wild = await list({ search: '%_%' });
    expect(wild.body).toEqual({ groups: [], total: 0 });
  });

  it('refuses anyone but the tenant admins, and bad paging naming the field', async () => {
    const ana = await signUp(service, tenant);
    const citizen = await list({}, ana);
    expect(citizen.status).toBe(403);
    expect(citizen.body).toMatchObject({ status: 403, code: 'may-not-list-groups' });
    const verifier = await addPerson(service, tenant, 'verifier');
    expect((await list({}, verifier)).status).toBe(403);
    const foreign = await addPerson(service, other, 'tenant-admin');
    expect((await list({}, foreign)).status).toBe(403);

    for (const [field, value] of [
      ['limit', '0'],
      ['limit', '101'],
      ['offset', '-1'],
      ['offset', 'x'],
    ]) {
      const bad = await list({ [field]: value });
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field })]);
    }
  });
});
