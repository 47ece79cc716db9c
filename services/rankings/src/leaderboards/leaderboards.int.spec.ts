import { PROBLEM_CONTENT_TYPE } from '@citypoints/contracts';
import request from 'supertest';
import { periodAt } from '../periods/leaderboard-period';
import { pointsEarned } from '../testing/ledger-events';
import { RankingsUnderTest, startRankings } from '../testing/start-rankings';

describe("leaderboards: a tenant's current boards, read by the gateway", () => {
  const tenant = 'podium-town';
  const boards = `/tenants/${tenant}/leaderboards/people`;
  // Ties are listed by who reached the score first, not by id: Bea's id sorts before Caio's.
  const [ana, bea, caio, duarte] = [
    '70000000-0000-4000-8000-00000000000a',
    '10000000-0000-4000-8000-00000000000b',
    'f0000000-0000-4000-8000-00000000000c',
    '30000000-0000-4000-8000-00000000000d',
  ];
  let rankings: RankingsUnderTest;

  beforeAll(async () => {
    rankings = await startRankings();
    await rankings.settle(tenant, 'Europe/Lisbon');
    const at = (seconds: number) => new Date(Date.now() - 10_000 + seconds * 1000).toISOString();
    // Published out of the order they were earned in: Caio reaches 100 a second after Bea.
    const last = pointsEarned(tenant, ana, 101, at(1), 'culture');
    await rankings.publish(
      [
        pointsEarned(tenant, caio, 60, at(2), 'health'),
        pointsEarned(tenant, caio, 40, at(5)),
        pointsEarned(tenant, duarte, 99, at(3)),
        pointsEarned(tenant, bea, 100, at(4)),
        last,
      ],
      tenant,
    );
    await rankings.applied(last);
  });

  afterAll(async () => {
    await rankings?.close();
  });

  const get = (path: string) => rankings.http().get(path);
  const entry = (place: number, userId: string, score: number) => ({ place, userId, score });

  it('places equal scores together, listing first who reached the score first', async () => {
    const { status, body } = await get(`${boards}/all`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ scope: 'people', category: 'all', total: 4, offset: 0 });
    expect(body.entries).toEqual([
      entry(1, ana, 101),
      entry(2, bea, 100),
      entry(2, caio, 100),
      entry(4, duarte, 99),
    ]);
  });

  it('pages the board, a page that starts inside a tie keeping its place', async () => {
    const { body } = await get(`${boards}/all?offset=2&limit=2`);
    expect(body.entries).toEqual([entry(2, caio, 100), entry(4, duarte, 99)]);
    expect((await get(`${boards}/all?offset=4`)).body).toMatchObject({ total: 4, entries: [] });
  });

  it("reads the week running now in the tenant's calendar, with its next reset", async () => {
    const now = new Date();
    const week = periodAt('week', now, 'Europe/Lisbon');
    const { body } = await get(`${boards}/week?limit=1`);
    expect(body.period).toEqual({
      kind: 'week',
      id: week.id,
      startsAt: week.startsAt?.toISOString(),
      nextResetAt: week.nextResetAt?.toISOString(),
      timeZone: 'Europe/Lisbon',
    });
    expect(body.entries).toEqual([entry(1, ana, 101)]);
  });

  it("counts a category's points on its own board", async () => {
    expect((await get(`${boards}/month?category=culture`)).body.entries).toEqual([
      entry(1, ana, 101),
    ]);
    expect((await get(`${boards}/year?category=health`)).body.entries).toEqual([
      entry(1, caio, 60),
    ]);
    expect((await get(`${boards}/all?category=civic`)).body).toMatchObject({
      total: 0,
      entries: [],
    });
  });

  it('shows a person with the people just above and below them', async () => {
    const { body } = await get(`${boards}/all/around/${caio.toUpperCase()}?span=1`);
    expect(body).toMatchObject({
      total: 4,
      entry: entry(2, caio, 100),
      above: [entry(2, bea, 100)],
      below: [entry(4, duarte, 99)],
    });
    const top = await get(`${boards}/all/around/${ana}`);
    expect(top.body).toMatchObject({
      entry: entry(1, ana, 101),
      above: [],
      below: [entry(2, bea, 100), entry(2, caio, 100)],
    });
  });

  it('shows a person without points this period as unranked', async () => {
    const { body } = await get(`${boards}/all/around/40000000-0000-4000-8000-00000000000e`);
    expect(body).toMatchObject({ total: 4, entry: null, above: [], below: [] });
  });

  it('tells when each board starts again from zero', async () => {
    const month = periodAt('month', new Date(), 'Europe/Lisbon');
    expect((await get(`${boards}/month/next-reset`)).body).toEqual({
      kind: 'month',
      id: month.id,
      startsAt: month.startsAt?.toISOString(),
      nextResetAt: month.nextResetAt?.toISOString(),
      timeZone: 'Europe/Lisbon',
    });
    expect((await get(`${boards}/all/next-reset`)).body).toMatchObject({
      id: 'all',
      startsAt: null,
      nextResetAt: null,
    });
  });

  it.each([
    [`${boards}/fortnight`, 'period', 'period must be one of week, month, year, all'],
    [`/tenants/${tenant}/leaderboards/teams/week`, 'scope', 'scope must be one of people'],
    [`${boards}/week?category=sports`, 'category', 'category must be one of all, environment'],
    [`${boards}/week?limit=101`, 'limit', 'limit must be a whole number from 1 to 100'],
    [`${boards}/week?limit=0`, 'limit', 'limit must be a whole number from 1 to 100'],
    [`${boards}/week?offset=-1`, 'offset', 'offset must be a whole number from 0 to 100000000'],
    [`${boards}/week?sort=asc`, 'sort', 'sort is not a known field'],
    [`/tenants/Podium_Town/leaderboards/people/week`, 'tenant', 'tenant must be 1-63 characters'],
    [`${boards}/week/around/ana`, 'userId', 'userId must be a UUID'],
    [`${boards}/week/around/${ana}?span=26`, 'span', 'span must be a whole number from 0 to 25'],
  ])('refuses %s with 400 naming %s', async (path, field, message) => {
    const { status, headers, body } = await get(path);
    expect(status).toBe(400);
    expect(headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(body.errors).toEqual([{ field, message: expect.stringContaining(message) }]);
  });

  it('answers 404 for a tenant whose settings it has not received', async () => {
    const { status, body } = await get('/tenants/nowhere/leaderboards/people/week');
    expect(status).toBe(404);
    expect(body).toMatchObject({ code: 'unknown-tenant', errors: [{ field: 'tenant' }] });
  });

  it('answers only calls with the service token', async () => {
    const response = await request(rankings.app.getHttpServer()).get(`${boards}/week`);
    expect(response.status).toBe(401);
  });
});
