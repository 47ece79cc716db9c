import { PROBLEM_CONTENT_TYPE, Role } from '@citypoints/contracts';
import { LeaderboardEntryDto } from '@citypoints/http-contracts';
import request from 'supertest';
import { pointsEarned } from '../testing/ledger-events';
import { RankingsUnderTest, startRankings } from '../testing/start-rankings';
import { HiddenPeopleMirror } from './hidden-people.mirror';

const person = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = (seconds: number) => new Date(Date.now() - 100_000 + seconds * 1000).toISOString();

/** Competition places among `scores`, best first: 1 + how many score more. */
const placesOf = (scores: number[]) =>
  scores.map((score) => 1 + scores.filter((s) => s > score).length);

describe('hidden people: a tenant admin hides people from its leaderboards', () => {
  let rankings: RankingsUnderTest;

  beforeAll(async () => {
    rankings = await startRankings();
  });

  afterAll(async () => {
    await rankings?.close();
  });

  /** A tenant whose people scored `scores` (person(1) the first), each at its own second. */
  async function tenantWith(tenant: string, scores: number[]): Promise<void> {
    await rankings.settle(tenant, 'Europe/Lisbon');
    const events = scores.map((points, i) => pointsEarned(tenant, person(i + 1), points, at(i)));
    await rankings.publish(events, tenant);
    for (const event of events) await rankings.applied(event);
  }

  const admin = (tenant: string, role: Role = 'tenant-admin') =>
    rankings.httpAs({ userId: person(999), tenant, role, generation: 0 });
  const hide = async (tenant: string, userId: string) =>
    (await admin(tenant)).put(`/tenants/${tenant}/hidden-people/${userId}`);
  const show = async (tenant: string, userId: string) =>
    (await admin(tenant)).delete(`/tenants/${tenant}/hidden-people/${userId}`);
  const hidden = async (tenant: string, userId: string) => {
    const response = await hide(tenant, userId);
    expect(response.status).toBe(200);
    return response.body;
  };
  const shown = async (tenant: string, userId: string) => {
    expect((await show(tenant, userId)).status).toBe(204);
  };
  const get = (path: string) => rankings.http().get(path);
  const board = (tenant: string, query = '') =>
    get(`/tenants/${tenant}/leaderboards/people/all${query}`);
  const entry = (place: number, userId: string, score: number) => ({ place, userId, score });

  describe('places among the people shown', () => {
    const tenant = 'hide-town';
    const [ana, bea, caio, duarte] = [person(1), person(2), person(3), person(4)];

    beforeAll(async () => {
      // Ana 101, Bea 100, Caio 100 (after Bea), Duarte 99: places 1, 2, 2, 4.
      await tenantWith(tenant, [101, 100, 100, 99]);
    });

    afterEach(async () => {
      for (const userId of [ana, bea, caio, duarte]) await shown(tenant, userId);
    });

    it('leaves a hidden person out and places the others without a gap', async () => {
      expect(await hidden(tenant, bea.toUpperCase())).toEqual({
        userId: bea,
        hiddenAt: expect.any(String),
      });

      const { body } = await board(tenant);
      expect(body).toMatchObject({ total: 3, offset: 0 });
      expect(body.entries).toEqual([entry(1, ana, 101), entry(2, caio, 100), entry(3, duarte, 99)]);
      expect((await board(tenant, '?offset=2')).body.entries).toEqual([entry(3, duarte, 99)]);
      expect((await board(tenant, '?offset=3')).body).toMatchObject({ total: 3, entries: [] });
    });

    it('moves everyone up when the leader is hidden, pages and standings alike', async () => {
      await hidden(tenant, ana);
      const { body } = await board(tenant, '?offset=1&limit=2');
      expect(body.entries).toEqual([entry(1, caio, 100), entry(3, duarte, 99)]);
      const around = await get(`/tenants/${tenant}/leaderboards/people/all/around/${caio}?span=1`);
      expect(around.body).toMatchObject({
        total: 3,
        entry: entry(1, caio, 100),
        above: [entry(1, bea, 100)],
        below: [entry(3, duarte, 99)],
      });
    });

    it('shows a hidden person nothing of their own place, as if unranked', async () => {
      await hidden(tenant, duarte);
      const { body } = await get(`/tenants/${tenant}/leaderboards/people/all/around/${duarte}`);
      expect(body).toMatchObject({ total: 3, entry: null, above: [], below: [] });
    });

    it('lists the hidden people, most recently hidden first, and hides each once', async () => {
      const first = await hidden(tenant, caio);
      await hidden(tenant, ana);
      expect(await hidden(tenant, caio)).toEqual(first);
      const list = await (await admin(tenant)).get(`/tenants/${tenant}/hidden-people`);
      expect(list.status).toBe(200);
      expect(list.body.people).toEqual([{ userId: ana, hiddenAt: expect.any(String) }, first]);
      expect(
        await rankings.redis.client.smembers(rankings.redis.keys.hiddenPeople(tenant)),
      ).toEqual(expect.arrayContaining([ana, caio]));
    });

    it('copies the hidden people from Postgres again when Redis lost them', async () => {
      await hidden(tenant, ana);
      const { client, keys } = rankings.redis;
      await client.del(keys.hiddenPeople(tenant), keys.hiddenPeopleVersion(tenant));
      expect((await board(tenant, '?limit=1')).body.entries).toEqual([entry(1, bea, 100)]);
      expect(await client.smembers(keys.hiddenPeople(tenant))).toEqual([ana]);
    });

    it('never lets an older copy of the hidden people replace a newer one', async () => {
      await hidden(tenant, ana);
      const mirror = rankings.app.get(HiddenPeopleMirror);
      expect(await mirror.copy(tenant, { version: 1, userIds: [] })).toBe(false);
      expect((await board(tenant, '?limit=1')).body.entries).toEqual([entry(1, bea, 100)]);
    });

    it('refuses a person without points on its boards, such as one of another tenant', async () => {
      const stranger = person(77);
      for (const response of [await hide(tenant, stranger), await show(tenant, stranger)]) {
        expect(response.status).toBe(404);
        expect(response.body).toMatchObject({
          code: 'unknown-person',
          errors: [{ field: 'person' }],
        });
      }
      const list = await (await admin(tenant)).get(`/tenants/${tenant}/hidden-people`);
      expect(list.body.people).toEqual([]);
    });

    it('shows a person again with the points they scored while hidden, no rebuild needed', async () => {
      const again = 'again-town';
      await tenantWith(again, [10, 20]);
      await hidden(again, person(1));
      const more = pointsEarned(again, person(1), 15, at(60));
      await rankings.publish([more], again);
      await rankings.applied(more);
      expect((await board(again)).body.entries).toEqual([entry(1, person(2), 20)]);
      await shown(again, person(1));
      expect((await board(again)).body.entries).toEqual([
        entry(1, person(1), 25),
        entry(2, person(2), 20),
      ]);
    });

    it.each<Role>(['citizen', 'verifier', 'partner-staff'])(
      'refuses a %s with 403, changing nothing',
      async (role) => {
        const as = await admin(tenant, role);
        expect((await as.put(`/tenants/${tenant}/hidden-people/${ana}`)).status).toBe(403);
        expect((await as.delete(`/tenants/${tenant}/hidden-people/${ana}`)).status).toBe(403);
        expect((await as.get(`/tenants/${tenant}/hidden-people`)).status).toBe(403);
        expect((await board(tenant)).body.total).toBe(4);
      },
    );

    it("refuses an admin of another tenant with 403 (the service token's tenant)", async () => {
      const other = await admin('sintra');
      const response = await other.put(`/tenants/${tenant}/hidden-people/${ana}`);
      expect(response.status).toBe(403);
      expect((await board(tenant)).body.total).toBe(4);
    });

    it.each([
      ['put', `/tenants/${tenant}/hidden-people/ana`, 'person', 'person must be a UUID'],
      ['delete', `/tenants/${tenant}/hidden-people/42`, 'person', 'person must be a UUID'],
      ['get', '/tenants/Hide_Town/hidden-people', 'tenant', 'tenant must be 1-63 characters'],
    ] as const)('refuses %s %s with 400 naming %s', async (method, path, field, message) => {
      const { status, headers, body } = await rankings.http()[method](path);
      expect(status).toBe(400);
      expect(headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
      expect(body.errors).toEqual([{ field, message: expect.stringContaining(message) }]);
    });

    it('answers only calls with the service token', async () => {
      const server = rankings.app.getHttpServer();
      expect((await request(server).put(`/tenants/${tenant}/hidden-people/${ana}`)).status).toBe(
        401,
      );
      expect((await request(server).get(`/tenants/${tenant}/hidden-people`)).status).toBe(401);
    });
  });

  describe('every page and standing agrees with the board with the hidden people taken out', () => {
    const tenant = 'model-town';
    // Ties of two, three and four; people listed in the order they reached their score.
    const scores = [50, 40, 40, 40, 30, 30, 20, 20, 20, 20, 10, 5, 5, 1];
    const people = scores.map((_, i) => person(i + 1));
    let listed: string[] = [];

    beforeAll(async () => {
      await tenantWith(tenant, scores);
      listed = (await board(tenant, '?limit=100')).body.entries.map(
        (e: LeaderboardEntryDto) => e.userId,
      );
      expect(listed).toEqual(people);
    });

    /** The board as it must read with `hidden` left out: each visible person with their place. */
    function expected(hidden: Set<string>) {
      const visible = people.filter((id) => !hidden.has(id));
      const visibleScores = visible.map((id) => scores[people.indexOf(id)]);
      const places = placesOf(visibleScores);
      return visible.map((id, i) => entry(places[i], id, visibleScores[i]));
    }

    async function hideExactly(them: Set<string>) {
      for (const id of people) {
        if (them.has(id)) await hidden(tenant, id);
        else await shown(tenant, id);
      }
    }

    const pick = (...numbers: number[]) => new Set(numbers.map((n) => people[n - 1]));
    it.each([
      ['nobody', pick()],
      ['the leader', pick(1)],
      ['the first of a tie', pick(2)],
      ['a whole tie', pick(7, 8, 9, 10)],
      ['the middle of a tie and the last', pick(3, 14)],
      ['every other person', pick(1, 3, 5, 7, 9, 11, 13)],
      ['all but one', pick(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14)],
      ['everyone', pick(...people.map((_, i) => i + 1))],
    ])('with %s hidden', async (_what, them) => {
      await hideExactly(them);
      const board_ = expected(them);
      for (const limit of [1, 3, 4]) {
        for (let offset = 0; offset <= board_.length; offset++) {
          const { body } = await board(tenant, `?offset=${offset}&limit=${limit}`);
          expect({ offset, limit, total: body.total, entries: body.entries }).toEqual({
            offset,
            limit,
            total: board_.length,
            entries: board_.slice(offset, offset + limit),
          });
        }
      }
      for (const span of [0, 1, 3]) {
        for (const id of people) {
          const path = `/tenants/${tenant}/leaderboards/people/all/around/${id}?span=${span}`;
          const { body } = await get(path);
          const at_ = board_.findIndex((e) => e.userId === id);
          const want =
            at_ < 0
              ? { entry: null, above: [], below: [] }
              : {
                  entry: board_[at_],
                  above: board_.slice(Math.max(0, at_ - span), at_),
                  below: board_.slice(at_ + 1, at_ + 1 + span),
                };
          expect({ id, span, total: body.total, ...pickStanding(body) }).toEqual({
            id,
            span,
            total: board_.length,
            ...want,
          });
        }
      }
    });
  });
});

function pickStanding({ entry, above, below }: Record<string, unknown>) {
  return { entry, above, below };
}
