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
