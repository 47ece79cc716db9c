import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { foundedGroup, membershipChanged } from '../testing/group-events';
import { publishGroupEvents } from '../testing/group-boards';
import { bonusAwarded, pointsAdjusted, pointsEarned } from '../testing/ledger-events';
import { RankingsUnderTest, startRankings } from '../testing/start-rankings';
import { RebuildBoards } from './rebuild-boards';
import { tenantArgument } from './tenant-argument';

describe("rebuild: the boards recreated from the ledger's events equal the live ones", () => {
  let rankings: RankingsUnderTest;

  beforeAll(async () => {
    rankings = await startRankings({ MIN_ACTIVE_MEMBERS_FOR_AVERAGE: 1 });
  });

  afterAll(async () => {
    await rankings?.close();
  });

  /** Every board key of the tenant (people's and groups', with hashes and sets), as Redis holds it. */
  async function snapshot(tenantId: string): Promise<Record<string, unknown>> {
    const { client, keys } = rankings.redis;
    const pattern = `${keys.board(tenantId, { scope: 'people', periodId: 'x', category: 'all' }).split(':board:')[0]}:board:*`;
    const found = (await client.keys(pattern)).sort();
    const dump: Record<string, unknown> = {};
    for (const key of found) {
      const type = await client.type(key);
      if (type === 'zset') dump[key] = await client.zrange(key, 0, -1, 'WITHSCORES');
      else if (type === 'hash') dump[key] = await client.hgetall(key);
      else if (type === 'set') dump[key] = (await client.smembers(key)).sort();
      else dump[key] = type;
    }
    return dump;
  }

  it('replays a burst with redeliveries and reversals into boards equal to the live ones, closed periods left out', async () => {
    const tenant = `rebuild-${randomUUID()}`;
    const other = `rebuild-other-${randomUUID()}`;
    await rankings.settle(tenant, 'Europe/Stockholm');
    await rankings.settle(other, 'Europe/Stockholm');
    const people = Array.from({ length: 5 }, () => randomUUID());
    const team = foundedGroup(tenant, people[0], '2027-03-01T00:00:00Z');
    await publishGroupEvents(
      rankings,
      [
        ...team.events,
        membershipChanged('joined', tenant, team.groupId, people[1], '2027-03-01T00:00:00Z'),
      ],
      tenant,
    );
    let seed = 11;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const start = Date.parse('2027-03-27T12:00:00Z');
    const scores = Array.from({ length: 60 }, (_, i) => {
      const time = new Date(start + next(6 * 86_400_000)).toISOString();
      const person = people[next(people.length)];
      if (i % 10 === 9) return bonusAwarded(tenant, person, 1 + next(100), time);
      if (i % 10 === 4) return pointsAdjusted(tenant, person, -(1 + next(40)), time);
      return pointsEarned(tenant, person, 1 + next(50), time, next(2) ? 'outdoors' : undefined);
    });
    const stranger = pointsEarned(other, people[0], 7, '2027-03-28T10:00:00Z');
    const marker = pointsEarned(tenant, people[1], 1, '2027-03-30T10:00:00Z');
    await rankings.publish([...scores.slice(0, 30), scores[3], scores[3]], tenant);
    await rankings.publish([...scores.slice(30), ...scores.slice(5, 25), stranger, marker], tenant);
    await rankings.applied(marker);
    await rankings.applied(stranger);

    const live = await snapshot(tenant);
    const otherLive = await snapshot(other);
    expect(Object.keys(live).length).toBeGreaterThan(20);
    const rebuild = rankings.app.get(RebuildBoards);
    const result = await rebuild.run(tenant);
    expect(result.scoresApplied).toBe(60 + 22 + 1);
    expect(await snapshot(tenant)).toEqual(live);
    expect(await snapshot(other)).toEqual(otherLive);
    // The markers are back: a redelivery after the rebuild adds nothing.
    await rankings.publish([scores[0]], tenant);
    await rankings.applied(scores[0]);

    // A closed week's boards do not come back; the month's and the year's do.
    await rankings.app.get(DataSource).query(
      `INSERT INTO closed_period
         (tenant_id, scope, period_id, kind, starts_at, ends_at, time_zone, bonuses, closed_at)
       VALUES ($1, 'individual', '2027-W12', 'week', now(), now(), 'Europe/Stockholm', '[]', now())`,
      [tenant],
    );
    await rebuild.run(tenant);
    const rebuilt = await snapshot(tenant);
    const withoutWeek = Object.fromEntries(
      Object.entries(live).filter(([key]) => !key.includes(':2027-W12:')),
    );
    expect(Object.keys(withoutWeek).length).toBeLessThan(Object.keys(live).length);
    expect(Object.keys(rebuilt).sort()).toEqual(Object.keys(withoutWeek).sort());
    for (const key of Object.keys(rebuilt).filter((k) => /:(all|2027|2027-03|2027-W13):/.test(k))) {
      if (!key.includes(':2027-W13:')) expect(rebuilt[key]).toEqual(live[key]);
    }
  });

  it('reads --tenant from the command line', () => {
    expect(tenantArgument([])).toBeUndefined();
    expect(tenantArgument(['--tenant', 't1'])).toBe('t1');
    expect(() => tenantArgument(['--tenant'])).toThrow(/usage/);
  });
});
