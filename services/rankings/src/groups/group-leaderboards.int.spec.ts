import { CloudEvent, PROBLEM_CONTENT_TYPE } from '@citypoints/contracts';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { foundedGroup, groupCreated, membershipChanged } from '../testing/group-events';
import { publishGroupEvents } from '../testing/group-boards';
import { pointsEarned } from '../testing/ledger-events';
import { RankingsUnderTest, startRankings } from '../testing/start-rankings';

describe("group leaderboards: a tenant's current group boards, read by the gateway", () => {
  const tenant = 'league-town';
  const boards = `/tenants/${tenant}/leaderboards/groups`;
  let rankings: RankingsUnderTest;
  const at = (seconds: number) => new Date(Date.now() - 60_000 + seconds * 1000).toISOString();

  /** A group of `size` members, founded at 0 s, each earning `points` at `second`. */
  function groupOf(size: number, points: number, second: number) {
    const people = Array.from({ length: size }, () => randomUUID());
    const group = foundedGroup(tenant, people[0], at(0));
    const joins = people
      .slice(1)
      .map((userId) => membershipChanged('joined', tenant, group.groupId, userId, at(0)));
    const earns = people.map((userId) => pointsEarned(tenant, userId, points, at(second)));
    return { groupId: group.groupId, people, identity: [...group.events, ...joins], earns };
  }

  // Issue 13: three active members averaging 50 beat a hundred averaging 10 on the average
  // board; two members averaging 300 have fewer active members than its minimum (3).
  const small = groupOf(3, 50, 10);
  const large = groupOf(100, 10, 20);
  const pair = groupOf(2, 300, 30);

  beforeAll(async () => {
    rankings = await startRankings();
    await rankings.settle(tenant, 'Europe/Lisbon');
    await publishGroupEvents(
      rankings,
      [...small.identity, ...large.identity, ...pair.identity],
      tenant,
    );
    const earns = [...small.earns, ...large.earns, ...pair.earns];
    earns.push(pointsEarned(tenant, pair.people[0], 5, at(40), 'culture'));
    await rankings.publish(earns, tenant);
    await rankings.applied(earns[earns.length - 1]);
  });

  afterAll(async () => {
    await rankings?.close();
  });

  const get = (path: string) => rankings.http().get(path);
  const entry = (place: number, groupId: string, score: number, points = score) => ({
    place,
    groupId,
    score,
    points,
    activeMembers: expect.any(Number),
  });

  it('ranks groups by the points their members earned while members', async () => {
    const { status, body } = await get(`${boards}/all`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      ranking: 'total',
      category: 'all',
      total: 3,
      offset: 0,
      minActiveMembers: 3,
    });
    expect(body.entries).toEqual([
      { place: 1, groupId: large.groupId, score: 1000, points: 1000, activeMembers: 100 },
      { place: 2, groupId: pair.groupId, score: 605, points: 605, activeMembers: 2 },
      { place: 3, groupId: small.groupId, score: 150, points: 150, activeMembers: 3 },
    ]);
  });

  it('ranks three active members averaging 50 above a hundred averaging 10', async () => {
    const { body } = await get(`${boards}/month?ranking=average`);
    expect(body).toMatchObject({ ranking: 'average', total: 2 });
    expect(body.entries).toEqual([
      { place: 1, groupId: small.groupId, score: 50, points: 150, activeMembers: 3 },
      { place: 2, groupId: large.groupId, score: 10, points: 1000, activeMembers: 100 },
    ]);
  });

  it('leaves a group with too few active members off the average board, saying why', async () => {
    const { body } = await get(`${boards}/all/around/${pair.groupId}?ranking=average`);
    expect(body).toMatchObject({
      groupId: pair.groupId,
      points: 605,
      activeMembers: 2,
      minActiveMembers: 3,
      entry: null,
      above: [],
      below: [],
    });
  });

  it("shows a group's place with the groups just above and below it", async () => {
    const { body } = await get(`${boards}/week/around/${pair.groupId.toUpperCase()}?span=1`);
    expect(body).toMatchObject({
      ranking: 'total',
      total: 3,
      entry: entry(2, pair.groupId, 605),
      above: [entry(1, large.groupId, 1000)],
      below: [entry(3, small.groupId, 150)],
    });
  });

  it("counts a category's points on its own group board", async () => {
    const { body } = await get(`${boards}/year?category=culture`);
    expect(body.entries).toEqual([
      { place: 1, groupId: pair.groupId, score: 5, points: 5, activeMembers: 1 },
    ]);
  });

  it("lists a group's members' contributions, most points first, paged", async () => {
    const { status, body } = await get(`${boards}/all/members/${pair.groupId}?limit=1`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ groupId: pair.groupId, category: 'all', total: 2, offset: 0 });
    expect(body.contributions).toEqual([{ userId: pair.people[0], points: 305, active: true }]);
    const rest = await get(`${boards}/all/members/${pair.groupId}?offset=1`);
    expect(rest.body.contributions).toEqual([
      { userId: pair.people[1], points: 300, active: true },
    ]);
    const culture = await get(`${boards}/all/members/${pair.groupId}?category=culture`);
    expect(culture.body).toMatchObject({
      total: 1,
      contributions: [{ userId: pair.people[0], points: 5, active: true }],
    });
  });

  it("leaves hidden people out of a group's contributions, paging among those shown", async () => {
    const town = 'hiding-town';
    await rankings.settle(town, 'Europe/Lisbon');
    const people = [randomUUID(), randomUUID(), randomUUID()];
    const group = foundedGroup(town, people[0], at(0));
    const joins = people
      .slice(1)
      .map((userId) => membershipChanged('joined', town, group.groupId, userId, at(0)));
    await publishGroupEvents(rankings, [...group.events, ...joins], town);
    const earns = people.map((userId, i) => pointsEarned(town, userId, 30 - 10 * i, at(10 + i)));
    await rankings.publish(earns, town);
    await rankings.applied(earns[earns.length - 1]);
    const admin = await rankings.httpAs({
      userId: randomUUID(),
      tenant: town,
      role: 'tenant-admin',
      generation: 0,
    });
    expect((await admin.put(`/tenants/${town}/hidden-people/${people[0]}`)).status).toBe(200);
    const members = `/tenants/${town}/leaderboards/groups/all/members/${group.groupId}`;
    const { body } = await get(members);
    expect(body).toMatchObject({ total: 2, offset: 0 });
    expect(body.contributions).toEqual([
      { userId: people[1], points: 20, active: true },
      { userId: people[2], points: 10, active: true },
    ]);
    const second = await get(`${members}?offset=1&limit=1`);
    expect(second.body.contributions).toEqual([{ userId: people[2], points: 10, active: true }]);
    // The group's points still count the hidden person's.
    const standing = await get(`/tenants/${town}/leaderboards/groups/all/around/${group.groupId}`);
    expect(standing.body.points).toBe(60);
    await admin.delete(`/tenants/${town}/hidden-people/${people[0]}`);
    expect((await get(members)).body.total).toBe(3);
  });

  it('places tied groups together, listing first the one that reached the score first', async () => {
    const town = 'tie-town';
    await rankings.settle(town, 'Europe/Lisbon');
    // The group that gets to 100 first has the id that sorts last.
    const ids = ['a', 'f', 'b', 'c'].map((c) => `${c}0000000-0000-4000-8000-00000000000${c}`);
    const people = ids.map(() => randomUUID());
    const identity: CloudEvent[] = ids.flatMap((groupId, i) => [
      groupCreated(town, groupId, people[i], at(0)),
      membershipChanged('joined', town, groupId, people[i], at(0)),
    ]);
    await publishGroupEvents(rankings, identity, town);
    const last = pointsEarned(town, people[0], 101, at(5));
    await rankings.publish(
      [
        pointsEarned(town, people[2], 60, at(1)),
        pointsEarned(town, people[1], 100, at(2)),
        pointsEarned(town, people[2], 40, at(3)),
        pointsEarned(town, people[3], 99, at(4)),
        last,
      ],
      town,
    );
    await rankings.applied(last);
    const { body } = await get(`/tenants/${town}/leaderboards/groups/all`);
    expect(
      body.entries.map((e: { place: number; groupId: string }) => [e.place, e.groupId]),
    ).toEqual([
      [1, ids[0]],
      [2, ids[1]],
      [2, ids[2]],
      [4, ids[3]],
    ]);
  });

  it('keeps the instant an average was first reached when a new member leaves it equal', async () => {
    const town = 'average-town';
    await rankings.settle(town, 'Europe/Lisbon');
    const first = Array.from({ length: 4 }, () => randomUUID());
    const second = Array.from({ length: 3 }, () => randomUUID());
    // Ids that sort the other way round from the order the groups reach an average of 50.
    const [early, later] = [
      'f0000000-0000-4000-8000-000000000001',
      '10000000-0000-4000-8000-000000000002',
    ];
    const identity = [
      groupCreated(town, early, first[0], at(0)),
      groupCreated(town, later, second[0], at(0)),
      ...first.map((userId) => membershipChanged('joined', town, early, userId, at(0))),
      ...second.map((userId) => membershipChanged('joined', town, later, userId, at(0))),
    ];
    await publishGroupEvents(rankings, identity, town);
    const last = pointsEarned(town, first[3], 50, at(9));
    await rankings.publish(
      [
        ...first.slice(0, 3).map((userId, i) => pointsEarned(town, userId, 50, at(1 + i))),
        ...second.map((userId, i) => pointsEarned(town, userId, 50, at(5 + i))),
        // The early group's fourth member: 200 / 4 is still 50.
        last,
      ],
      town,
    );
    await rankings.applied(last);
    const { body } = await get(`/tenants/${town}/leaderboards/groups/all?ranking=average`);
    expect(body.entries).toEqual([
      { place: 1, groupId: early, score: 50, points: 200, activeMembers: 4 },
      { place: 1, groupId: later, score: 50, points: 150, activeMembers: 3 },
    ]);
  });

  it("places a person's groups, best first, and those off the board last", async () => {
    const eva = randomUUID();
    const joins = [pair, large].map(({ groupId }) =>
      membershipChanged('joined', tenant, groupId, eva, at(45)),
    );
    await publishGroupEvents(rankings, joins, tenant);

    const { status, body } = await get(`${boards}/all/of/${eva.toUpperCase()}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ ranking: 'total', category: 'all', total: 3, userId: eva });
    expect(body.groups).toEqual([
      {
        groupId: large.groupId,
        points: 1000,
        activeMembers: 100,
        entry: entry(1, large.groupId, 1000),
      },
      { groupId: pair.groupId, points: 605, activeMembers: 2, entry: entry(2, pair.groupId, 605) },
    ]);
    const average = (await get(`${boards}/month/of/${eva}?ranking=average`)).body;
    expect(average.groups).toEqual([
      {
        groupId: large.groupId,
        points: 1000,
        activeMembers: 100,
        entry: entry(2, large.groupId, 10, 1000),
      },
      { groupId: pair.groupId, points: 605, activeMembers: 2, entry: null },
    ]);
    // A person in no group of the tenant has none.
    const nobody = (await get(`${boards}/week/of/${randomUUID()}`)).body;
    expect(nobody).toMatchObject({ total: 3, groups: [] });
  });

  it('tells when the group boards start again from zero', async () => {
    const people = (await get(`/tenants/${tenant}/leaderboards/people/month/next-reset`)).body;
    const { status, body } = await get(`${boards}/month/next-reset`);
    expect(status).toBe(200);
    expect(body).toEqual(people);
    expect(body).toMatchObject({ kind: 'month', timeZone: 'Europe/Lisbon' });
  });

  const other = foundedGroup('other-town', randomUUID(), at(0));

  it.each([
    [`${boards}/fortnight`, 'period', 'period must be one of week, month, year, all'],
    [`${boards}/week?ranking=best`, 'ranking', 'ranking must be one of total, average'],
    [`${boards}/week?category=sports`, 'category', 'category must be one of all, environment'],
    [`${boards}/week?limit=101`, 'limit', 'limit must be a whole number from 1 to 100'],
    [`${boards}/week?offset=-1`, 'offset', 'offset must be a whole number from 0 to 100000000'],
    [`${boards}/week?sort=asc`, 'sort', 'sort is not a known field'],
    [`${boards}/week/around/team-a`, 'groupId', 'groupId must be a UUID'],
    [`${boards}/week/around/${small.groupId}?span=26`, 'span', 'span must be a whole number'],
    [`${boards}/week/members/${small.groupId}?limit=101`, 'limit', 'limit must be a whole'],
    [`${boards}/week/members/${small.groupId}?ranking=total`, 'ranking', 'not a known field'],
    [`${boards}/week/of/someone`, 'userId', 'userId must be a UUID'],
    [`${boards}/week/of/${randomUUID()}?span=1`, 'span', 'span is not a known field'],
    [`${boards}/week/of/${randomUUID()}?ranking=best`, 'ranking', 'ranking must be one of'],
  ])('refuses %s with 400 naming %s', async (path, field, message) => {
    const { status, headers, body } = await get(path);
    expect(status).toBe(400);
    expect(headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(body.errors).toEqual([{ field, message: expect.stringContaining(message) }]);
  });

  it("answers 404 for another tenant's group, or one it does not know", async () => {
    await rankings.settle('other-town', 'Europe/Lisbon');
    await publishGroupEvents(rankings, other.events, 'other-town');
    expect(
      (await get(`/tenants/other-town/leaderboards/groups/all/around/${other.groupId}`)).status,
    ).toBe(200);
    for (const path of [
      `${boards}/all/around/${other.groupId}`,
      `${boards}/all/members/${other.groupId}`,
      `${boards}/all/members/${randomUUID()}`,
    ]) {
      const { status, headers, body } = await get(path);
      expect({ path, status }).toEqual({ path, status: 404 });
      expect(headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(body).toMatchObject({ code: 'unknown-group', errors: [{ field: 'groupId' }] });
    }
  });

  it('answers 404 for a tenant whose settings it has not received', async () => {
    const { status, body } = await get('/tenants/nowhere/leaderboards/groups/week');
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: 'unknown-tenant', errors: [{ field: 'tenant' }] });
  });

  it('describes the group boards in its OpenAPI document', async () => {
    const { body: document } = await get('/openapi.json').expect(200);
    const page = document.paths['/tenants/{tenant}/leaderboards/groups/{period}'].get;
    expect(page.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['tenant', 'period', 'ranking', 'category', 'limit', 'offset']),
    );
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/tenants/{tenant}/leaderboards/groups/{period}/around/{groupId}',
        '/tenants/{tenant}/leaderboards/groups/{period}/members/{groupId}',
      ]),
    );
    expect(document.components.schemas.GroupLeaderboardEntryDto.required).toEqual([
      'place',
      'groupId',
      'score',
      'points',
      'activeMembers',
    ]);
  });

  it('answers only calls with the service token', async () => {
    const response = await request(rankings.app.getHttpServer()).get(`${boards}/week`);
    expect(response.status).toBe(401);
  });
});
