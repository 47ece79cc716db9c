import {
  CloudEvent,
  createEvent,
  LeaderboardPeriodClosed,
  TenantSettingsChanged,
  Topics,
} from '@citypoints/contracts';
import { TopicReader } from '@citypoints/testing';
import { setTimeout as sleep } from 'node:timers/promises';
import { TenantTimeZones } from '../core/tenant-time-zones.store';
import { periodAt } from '../periods/leaderboard-period';
import { publishGroupEvents } from '../testing/group-boards';
import { foundedGroup } from '../testing/group-events';
import { pointsEarned } from '../testing/ledger-events';
import { RankingsUnderTest, startRankings } from '../testing/start-rankings';
import { PeriodCloser } from './period-closer';
import { PeriodClosures } from './period-closures';

const person = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const [ana, bea, caio, duarte] = [person(1), person(2), person(3), person(4)];
const RULES = [
  { rank: 1, points: 100 },
  { rank: 2, points: 50 },
  { rank: 3, points: 25 },
];
const ZONE = 'Europe/Lisbon';

describe('closing leaderboard periods: archive, LeaderboardPeriodClosed with bonuses, once', () => {
  let rankings: RankingsUnderTest;
  let topic: TopicReader;

  beforeAll(async () => {
    rankings = await startRankings();
    topic = await TopicReader.read(rankings.topic(Topics.rankings));
  });

  afterAll(async () => {
    await topic?.close();
    await rankings?.close();
  });

  /** The tenant's settings with RULES (after the harness's, without), until they are stored. */
  async function settle(tenant: string): Promise<void> {
    await rankings.settle(tenant, ZONE);
    const settings = createEvent(
      TenantSettingsChanged,
      { timeZone: ZONE, pointsExpiryMonths: null, leaderboardBonuses: RULES },
      { source: '/citypoints/identity', tenantid: tenant },
    );
    await rankings.publish([settings], tenant);
    const zones = rankings.app.get(TenantTimeZones);
    for (let i = 0; (await zones.bonusesOf(tenant)).length === 0; i++) {
      if (i > 100) throw new Error(`no bonus rules of ${tenant}`);
      await sleep(100);
    }
  }

  /** Scores `points` of person(1), person(2)… at consecutive seconds from `from`. */
  async function scored(tenant: string, from: string, points: number[]): Promise<void> {
    const events = points.map((p, i) =>
      pointsEarned(tenant, person(i + 1), p, new Date(Date.parse(from) + i * 1000).toISOString()),
    );
    await apply(tenant, events);
  }

  async function apply(tenant: string, events: CloudEvent[]): Promise<void> {
    await rankings.publish(events, tenant);
    for (const event of events) await rankings.applied(event);
  }

  const close = (tenant: string, period: string) =>
    rankings.http().post(`/tenants/${tenant}/leaderboard-periods/${period}/closure`);
  const read = (tenant: string, period: string, query = '') =>
    rankings.http().get(`/tenants/${tenant}/leaderboard-periods/${period}${query}`);
  const closedEvents = (tenant: string, period: string) =>
    topic.events.filter(
      (e) =>
        e.type === LeaderboardPeriodClosed &&
        e.tenantid === tenant &&
        (e.data as { period: string }).period === period,
    );
  const closedRows = async (tenant: string, period: string) =>
    (
      await rankings.db.query(
        `SELECT scope FROM closed_period WHERE tenant_id = $1 AND period_id = $2 ORDER BY scope`,
        [tenant, period],
      )
    ).map((row: { scope: string }) => row.scope);
  const boardKeys = async (tenant: string) => Object.keys(await rankings.boards(tenant));

  describe('ties and bonuses', () => {
    const tenant = 'close-town';

    beforeAll(async () => {
      await settle(tenant);
      // Ana 101, Bea 100, Caio 100 (after Bea), Duarte 99, in ISO week 2026-W10 (Lisbon).
      await scored(tenant, '2026-03-03T10:00:00Z', [101, 100, 100, 99]);
    });

    it('publishes each tied person the bonus of the shared place, and nothing for place 4', async () => {
      const response = await close(tenant, '2026-W10');
      expect(response.status).toBe(201);

      const [event] = await topic.waitFor(LeaderboardPeriodClosed, { period: '2026-W10' });
      expect(event.tenantid).toBe(tenant);
      expect(event.data).toEqual({
        scope: 'individual',
        period: '2026-W10',
        awards: [
          { place: 1, userId: ana, points: 100 },
          { place: 2, userId: bea, points: 50 },
          { place: 2, userId: caio, points: 50 },
        ],
      });
      expect(response.body.winners).toEqual([
        { place: 1, userId: ana, score: 101, bonus: 100 },
        { place: 2, userId: bea, score: 100, bonus: 50 },
        { place: 2, userId: caio, score: 100, bonus: 50 },
      ]);
    });

    it('removes the closed week from Redis, and keeps the month that runs on', async () => {
      const keys = await boardKeys(tenant);
      expect(keys.some((key) => key.includes(':2026-W10:'))).toBe(false);
      expect(keys.some((key) => key.includes(':2026-03:'))).toBe(true);
      const reached = await rankings.redis.client.exists(
        rankings.redis.keys.reached(tenant, {
          scope: 'people',
          periodId: '2026-W10',
          category: 'all',
        }),
      );
      expect(reached).toBe(0);
    });

    it('reads the past period and its winners from Postgres', async () => {
      const { status, body } = await read(tenant, '2026-W10', '?offset=2&limit=5');
      expect(status).toBe(200);
      expect(body).toMatchObject({
        id: '2026-W10',
        kind: 'week',
        startsAt: '2026-03-02T00:00:00.000Z',
        endsAt: '2026-03-09T00:00:00.000Z',
        timeZone: ZONE,
        bonuses: RULES,
        groups: { total: 0, offset: 2, entries: [] },
      });
      expect(body.winners.map((w: { userId: string }) => w.userId)).toEqual([ana, bea, caio]);
      expect(body.people).toEqual({
        total: 4,
        offset: 2,
        entries: [
          { place: 2, userId: caio, score: 100, bonus: 50 },
          { place: 4, userId: duarte, score: 99, bonus: null },
        ],
      });
    });

    it('changes nothing when closed again, even with corrected standings', async () => {
      // A late score of the week (Duarte now first) makes its board again.
      await apply(tenant, [pointsEarned(tenant, duarte, 500, '2026-03-04T10:00:00Z')]);
      expect((await boardKeys(tenant)).some((key) => key.includes(':2026-W10:'))).toBe(true);

      const again = await close(tenant, '2026-W10');
      expect(again.status).toBe(200);
      expect(again.body.winners.map((w: { userId: string }) => w.userId)).toEqual([ana, bea, caio]);
      await sleep(2000);
      expect(closedEvents(tenant, '2026-W10')).toHaveLength(1);
      // The stray board is removed again; the archive stands.
      expect((await boardKeys(tenant)).some((key) => key.includes(':2026-W10:'))).toBe(false);
    });
  });

  it('closes once when two closes run at once: one closed period, one event', async () => {
    const tenant = 'race-town';
    await settle(tenant);
    await scored(tenant, '2026-05-12T10:00:00Z', [30, 20]);
    const closures = rankings.app.get(PeriodClosures);
    const now = new Date();

    const results = await Promise.all([
      closures.close(tenant, '2026-05', now),
      closures.close(tenant, '2026-05', now),
      close(tenant, '2026-05'),
    ]);
    const [first, second, route] = results;
    const closedNow = [first.closedNow, second.closedNow, route.status === 201];
    expect(closedNow.filter(Boolean)).toHaveLength(1);
    expect([200, 201]).toContain(route.status);

    await topic.waitFor(LeaderboardPeriodClosed, { period: '2026-05' });
    await sleep(2000);
    expect(closedEvents(tenant, '2026-05')).toHaveLength(1);
    expect(await closedRows(tenant, '2026-05')).toEqual(['group', 'individual']);
    const { count } = (
      await rankings.db.query(
        `SELECT count(*)::int AS count FROM closed_standing WHERE tenant_id = $1 AND period_id = $2`,
        [tenant, '2026-05'],
      )
    )[0];
    expect(count).toBe(2);
  });

  it("archives the groups' standings by total and removes every group key of the period", async () => {
    const tenant = 'group-close-town';
    await settle(tenant);
    const [big, small] = [
      foundedGroup(tenant, ana, '2026-01-01T00:00:00Z'),
      foundedGroup(tenant, bea, '2026-01-01T00:00:00Z'),
    ];
    await publishGroupEvents(rankings, [...big.events, ...small.events], tenant);
    await scored(tenant, '2026-02-10T10:00:00Z', [70, 30]);
    const { client, keys } = rankings.redis;
    const board = keys.groupBoard(tenant, { periodId: '2026-02', category: 'all' }, 'total');
    const groupKeys = async () => (await client.keys(board.replace(/:all:total$/, ':*'))).sort();
    expect(await groupKeys()).toEqual(
      expect.arrayContaining([expect.stringContaining(`:contributions:${big.groupId}`)]),
    );

    expect((await close(tenant, '2026-02')).status).toBe(201);

    const { body } = await read(tenant, '2026-02');
    expect(body.groups).toEqual({
      total: 2,
      offset: 0,
      entries: [
        { place: 1, groupId: big.groupId, score: 70 },
        { place: 2, groupId: small.groupId, score: 30 },
      ],
    });
    expect(await groupKeys()).toEqual([]);
  });

  it('refuses a period that has not ended, and stores nothing', async () => {
    const tenant = 'early-town';
    await settle(tenant);
    const running = periodAt('week', new Date(), ZONE).id;
    await scored(tenant, new Date().toISOString(), [10]);

    const { status, body } = await close(tenant, running);
    expect(status).toBe(409);
    expect(body).toMatchObject({ code: 'period-not-ended' });
    expect(await closedRows(tenant, running)).toEqual([]);
    expect((await boardKeys(tenant)).some((key) => key.includes(`:${running}:`))).toBe(true);
    expect((await read(tenant, running)).status).toBe(404);
  });

  it.each([
    ['2026-W54', 'period must be the id of a week'],
    ['all', 'period must be the id of a week'],
    ['2026-13', 'period must be the id of a week'],
  ])('refuses the malformed period %s with 400 naming the field', async (period, message) => {
    const tenant = 'close-town';
    const { status, body } = await close(tenant, period);
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain(message);
    expect(JSON.stringify(body)).toContain('"period"');
  });

  it("refuses a person who is not the tenant's admin", async () => {
    const citizen = await rankings.httpAs({
      userId: ana,
      tenant: 'close-town',
      role: 'citizen',
      generation: 0,
    });
    expect(
      (await citizen.post('/tenants/close-town/leaderboard-periods/2026-W11/closure')).status,
    ).toBe(403);
  });

  it('the closer closes every ended period with boards in Redis, and no running one', async () => {
    const tenant = 'closer-town';
    await settle(tenant);
    await scored(tenant, '2025-06-10T10:00:00Z', [40, 10]);
    await scored(tenant, new Date().toISOString(), [5]);

    await rankings.app.get(PeriodCloser).runOnce();

    for (const period of ['2025-W24', '2025-06', '2025']) {
      const { status, body } = await read(tenant, period);
      expect(status).toBe(200);
      expect(body.winners).toEqual([
        { place: 1, userId: ana, score: 40, bonus: 100 },
        { place: 2, userId: bea, score: 10, bonus: 50 },
      ]);
    }
    const keys = await boardKeys(tenant);
    expect(keys.some((key) => key.includes(':2025'))).toBe(false);
    const running = periodAt('month', new Date(), ZONE).id;
    expect(keys.some((key) => key.includes(`:${running}:`))).toBe(true);
    expect(await closedRows(tenant, running)).toEqual([]);
  });
});
