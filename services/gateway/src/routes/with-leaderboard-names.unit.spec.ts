import { Problem } from '@citypoints/platform';
import { composeAnswer } from '../api/compose-answer';
import { dtoSchema } from '../openapi/dto-schema';
import { Composition, GatewayRoute, RouteCall } from './gateway-route';
import { LeaderboardStandingDto } from './leaderboards.dto';
import { ROUTES } from './route-table';
import { NEUTRAL_NAME } from './with-leaderboard-names';

const [ana, bea, caio] = [
  '0194f1de-0000-7000-8000-00000000000a',
  '0194f1de-0000-7000-8000-00000000000b',
  '0194f1de-0000-7000-8000-00000000000c',
];
const call: RouteCall = {
  tenant: 'cascais',
  me: bea,
  params: {},
  body: {},
  query: { period: 'week', category: 'culture', limit: 5, offset: 10 },
};
const route = (name: string) => ROUTES.find((one) => one.name === name) as GatewayRoute;
const namesOf = (name: string) => route(name).compose as Composition;
const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const board = {
  scope: 'people',
  category: 'all',
  period: { kind: 'week', id: '2027-W01', startsAt: null, nextResetAt: null, timeZone: 'UTC' },
  total: 3,
};
const entry = (place: number, userId: string, score: number) => ({ place, userId, score });

describe("leaderboards through the gateway: rankings' boards with identity's names", () => {
  it('asks rankings for the board the query names, passing the rest of the query on', () => {
    expect(route('getPeopleLeaderboard').upstream?.path(call)).toBe(
      '/tenants/cascais/leaderboards/people/week?category=culture&limit=5&offset=10',
    );
    const standing = { ...call, query: { period: 'month', span: 3 } };
    expect(route('getMyLeaderboardStanding').upstream?.path(standing)).toBe(
      `/tenants/cascais/leaderboards/people/month/around/${bea}?span=3`,
    );
    expect(
      route('getLeaderboardNextReset').upstream?.path({ ...call, query: { period: 'year' } }),
    ).toBe('/tenants/cascais/leaderboards/people/year/next-reset');
    const person = { ...call, params: { person: ana } };
    expect(route('hidePerson').upstream?.path(person)).toBe(
      `/tenants/cascais/hidden-people/${ana}`,
    );
    expect(route('showPerson').upstream?.path(person)).toBe(
      `/tenants/cascais/hidden-people/${ana}`,
    );
  });

  it('names each person of a page as they consented, the others under one neutral label', async () => {
    const page = {
      ...board,
      offset: 0,
      entries: [entry(1, ana, 9), entry(2, bea, 5), entry(2, caio, 5)],
    };
    const composition = namesOf('getPeopleLeaderboard');
    expect(composition.part(page, call)).toEqual({
      service: 'identity',
      path: '/tenants/cascais/public-names',
      body: { userIds: [ana, bea, caio] },
    });
    // Bea chose to be left out; Caio was erased: identity answers null for both alike.
    const names = { names: { [ana]: 'Ana Silva', [bea]: null, [caio]: null } };
    const named = JSON.parse(
      (
        await composeAnswer(composition, json(page), call, async () => ({
          status: 200,
          body: json(names),
        }))
      ).toString(),
    );
    expect(named.entries).toEqual([
      { ...entry(1, ana, 9), name: 'Ana Silva', anonymous: false },
      { ...entry(2, bea, 5), name: NEUTRAL_NAME, anonymous: true },
      { ...entry(2, caio, 5), name: NEUTRAL_NAME, anonymous: true },
    ]);
  });

  it('names the caller and their neighbours, and asks nothing while they are unranked', async () => {
    const composition = namesOf('getMyLeaderboardStanding');
    const standing = { ...board, entry: entry(2, bea, 5), above: [entry(1, ana, 9)], below: [] };
    const names = { names: { [ana]: 'Ana', [bea]: 'Bea' } };
    const named = JSON.parse(
      (
        await composeAnswer(composition, json(standing), call, async () => ({
          status: 200,
          body: json(names),
        }))
      ).toString(),
    );
    expect(named).toMatchObject({
      entry: { name: 'Bea', anonymous: false },
      above: [{ name: 'Ana', anonymous: false }],
      below: [],
    });
    const unranked = { ...board, entry: null, above: [], below: [] };
    expect(composition.part(unranked, call)).toBeUndefined();
    const answer = await composeAnswer(composition, json(unranked), call, async () => {
      throw new Error('identity must not be asked');
    });
    expect(JSON.parse(answer.toString())).toEqual(unranked);
  });

  it('sends the board without names while identity fails, rather than fail', async () => {
    const page = { ...board, offset: 0, entries: [entry(1, ana, 9)] };
    const failing = async () => {
      throw new Problem(503, 'identity is unavailable; try again later');
    };
    const answer = await composeAnswer(namesOf('getPeopleLeaderboard'), json(page), call, failing);
    expect(JSON.parse(answer.toString())).toEqual(page);
  });

  it('asks rankings for group boards, a group and its members, and past periods by query', () => {
    const group = '0194f1de-0000-7000-8000-0000000000aa';
    const page = { ...call, query: { period: 'week', ranking: 'average', limit: 5 } };
    expect(route('getGroupLeaderboard').upstream?.path(page)).toBe(
      '/tenants/cascais/leaderboards/groups/week?ranking=average&limit=5',
    );
    const one = { ...call, params: { group }, query: { period: 'all', span: 1 } };
    expect(route('getGroupStanding').upstream?.path(one)).toBe(
      `/tenants/cascais/leaderboards/groups/all/around/${group}?span=1`,
    );
    const mine = { ...call, query: { period: 'week', ranking: 'average' } };
    expect(route('getMyGroupsStanding').upstream?.path(mine)).toBe(
      `/tenants/cascais/leaderboards/groups/week/of/${call.me}?ranking=average`,
    );
    const members = { ...one, query: { period: 'month', offset: 10 } };
    expect(route('listGroupContributions').upstream?.path(members)).toBe(
      `/tenants/cascais/leaderboards/groups/month/members/${group}?offset=10`,
    );
    const past = { ...call, query: { period: '2026-W49', limit: 3 } };
    expect(route('getPastLeaderboard').upstream?.path(past)).toBe(
      '/tenants/cascais/leaderboard-periods/2026-W49?limit=3',
    );
    expect(route('closeLeaderboardPeriod').upstream?.path(past)).toBe(
      '/tenants/cascais/leaderboard-periods/2026-W49/closure',
    );
  });

  it("names group members' contributions and a past period's winners and standings", async () => {
    const names = { names: { [ana]: 'Ana', [bea]: null } };
    const identity = async () => ({ status: 200, body: json(names) });
    const contributions = {
      groupId: ana,
      contributions: [
        { userId: ana, points: 9, active: true },
        { userId: bea, points: 5, active: false },
      ],
    };
    const members = namesOf('listGroupContributions');
    expect(members.part(contributions, call)?.body).toEqual({ userIds: [ana, bea] });
    const named = JSON.parse(
      (await composeAnswer(members, json(contributions), call, identity)).toString(),
    );
    expect(named.contributions).toEqual([
      { userId: ana, points: 9, active: true, name: 'Ana', anonymous: false },
      { userId: bea, points: 5, active: false, name: NEUTRAL_NAME, anonymous: true },
    ]);
    const standing = (userId: string, place: number) => ({ place, userId, score: 1, bonus: null });
    const closed = {
      id: '2026-W49',
      winners: [standing(ana, 1)],
      people: { total: 2, offset: 0, entries: [standing(ana, 1), standing(bea, 2)] },
      groups: { total: 0, offset: 0, entries: [] },
    };
    const past = namesOf('getPastLeaderboard');
    expect(past.part(closed, call)?.body).toEqual({ userIds: [ana, bea] });
    const read = JSON.parse((await composeAnswer(past, json(closed), call, identity)).toString());
    expect(read.winners).toEqual([{ ...standing(ana, 1), name: 'Ana', anonymous: false }]);
    expect(read.people.entries[1]).toEqual({
      ...standing(bea, 2),
      name: NEUTRAL_NAME,
      anonymous: true,
    });
    expect(read.groups).toEqual(closed.groups);
  });

  it('names the groups of a group board and around a group, and leaves unnamed ones be', async () => {
    const [lake, beach] = [ana, bea];
    const groupEntry = (place: number, groupId: string) => ({
      place,
      groupId,
      score: 3,
      points: 3,
      activeMembers: 1,
    });
    const names = { names: { [lake]: 'Lake walkers', [beach]: null } };
    const identity = async () => ({ status: 200, body: json(names) });
    const composition = namesOf('getGroupLeaderboard');
    const page = { entries: [groupEntry(1, lake), groupEntry(1, beach)] };
    expect(composition.part(page, call)).toEqual({
      service: 'identity',
      path: '/tenants/cascais/group-names',
      body: { groupIds: [lake, beach] },
    });
    const named = JSON.parse(
      (await composeAnswer(composition, json(page), call, identity)).toString(),
    );
    expect(named.entries).toEqual([
      { ...groupEntry(1, lake), name: 'Lake walkers' },
      groupEntry(1, beach),
    ]);
    const around = namesOf('getGroupStanding');
    const standing = {
      groupId: lake,
      entry: groupEntry(1, lake),
      above: [],
      below: [groupEntry(2, beach)],
    };
    const aroundNamed = JSON.parse(
      (await composeAnswer(around, json(standing), call, identity)).toString(),
    );
    expect(aroundNamed).toMatchObject({
      groupId: lake,
      name: 'Lake walkers',
      entry: { name: 'Lake walkers' },
      below: [groupEntry(2, beach)],
    });
    const mine = namesOf('getMyGroupsStanding');
    const groups = {
      groups: [
        { groupId: lake, points: 9, activeMembers: 1, entry: groupEntry(1, lake) },
        { groupId: beach, points: 0, activeMembers: 0, entry: null },
      ],
    };
    expect(mine.part(groups, call)).toMatchObject({ body: { groupIds: [lake, beach] } });
    const mineNamed = JSON.parse(
      (await composeAnswer(mine, json(groups), call, identity)).toString(),
    );
    expect(mineNamed.groups).toEqual([
      {
        groupId: lake,
        name: 'Lake walkers',
        points: 9,
        activeMembers: 1,
        entry: { ...groupEntry(1, lake), name: 'Lake walkers' },
      },
      { groupId: beach, points: 0, activeMembers: 0, entry: null },
    ]);
    expect(mine.part({ groups: [] }, call)).toBeUndefined();
    const empty = { entries: [] };
    expect(composition.part(empty, call)).toBeUndefined();
  });

  it('describes an unranked standing as null, so the document allows what rankings answers', () => {
    const { properties } = dtoSchema(LeaderboardStandingDto) as {
      properties: { entry: { anyOf: { type?: string; properties?: object }[] } };
    };
    expect(properties.entry.anyOf).toEqual([
      expect.objectContaining({
        type: 'object',
        properties: expect.objectContaining({ name: expect.any(Object) }),
      }),
      { type: 'null' },
    ]);
  });
});
