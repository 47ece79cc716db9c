import { Topics, toKafkaMessage } from '@citypoints/contracts';
import { produceEvents, waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { foundedGroup, membershipChanged } from '../testing/group-events';
import { publishGroupEvents } from '../testing/group-boards';
import { appliedDay } from '../core/rankings-keys';
import { TenantTimeZones } from '../core/tenant-time-zones.store';
import {
  bonusAwarded,
  pointsAdjusted,
  pointsEarned,
  tenantSettings,
} from '../testing/ledger-events';
import { RankingsConfig } from '../rankings-config';
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
    // Malformed records on the ledger: dead-lettered live, passed over by the rebuild.
    const valid = toKafkaMessage(
      pointsEarned(tenant, people[2], 9, '2027-03-28T11:00:00Z'),
      tenant,
    );
    const malformed = [
      { ...valid, value: JSON.stringify({ ...JSON.parse(String(valid.value)), points: -9 }) },
      { ...valid, value: 'not json' },
    ];
    await produceEvents(rankings.topic(Topics.ledger), malformed, tenant);
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

  it("replays groups' joins and leaves mid-period and a tenant's average minimum into the live boards", async () => {
    const tenant = `rebuild-groups-${randomUUID()}`;
    await rankings.publish(
      [tenantSettings(tenant, 'America/New_York', { minActiveMembersForAverage: 2 })],
      tenant,
    );
    const zones = rankings.app.get(TenantTimeZones);
    await waitFor('the tenant minimum stored', async () =>
      (await zones.allScoring(tenant)).get(tenant)?.minActiveMembers === 2 ? true : undefined,
    );
    const people = Array.from({ length: 6 }, () => randomUUID());
    const teamA = foundedGroup(tenant, people[0], '2027-03-01T00:00:00Z');
    const teamB = foundedGroup(tenant, people[3], '2027-03-01T00:00:00Z');
    const [a, b] = [teamA.groupId, teamB.groupId];
    await publishGroupEvents(
      rankings,
      [
        ...teamA.events,
        ...teamB.events,
        membershipChanged('joined', tenant, b, people[0], '2027-03-01T00:00:00Z'),
        membershipChanged('joined', tenant, a, people[1], '2027-03-29T00:00:00Z'),
        membershipChanged('left', tenant, a, people[1], '2027-03-31T00:00:00Z'),
        membershipChanged('joined', tenant, a, people[2], '2027-03-30T00:00:00Z'),
        membershipChanged('left', tenant, b, people[3], '2027-03-30T12:00:00Z'),
        membershipChanged('joined', tenant, b, people[4], '2027-04-01T00:00:00Z'),
      ],
      tenant,
    );
    let seed = 29;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const start = Date.parse('2027-03-27T12:00:00Z');
    const scores = Array.from({ length: 80 }, (_, i) => {
      const time = new Date(start + next(7 * 86_400_000)).toISOString();
      const person = people[next(people.length)];
      if (i % 8 === 7) return bonusAwarded(tenant, person, 1 + next(100), time);
      if (i % 8 === 3) return pointsAdjusted(tenant, person, -(1 + next(60)), time);
      const category = next(2) ? 'social' : undefined;
      // Every third earn was made offline, up to three days before the ledger booked it.
      const took = i % 3 === 0 ? new Date(Date.parse(time) - next(3 * 86_400_000)) : undefined;
      return pointsEarned(tenant, person, 1 + next(50), time, category, took?.toISOString());
    });
    const marker = pointsEarned(tenant, people[5], 1, '2027-04-02T10:00:00Z');
    await rankings.publish([...scores, ...scores.slice(10, 30), marker], tenant);
    await rankings.applied(marker);

    const live = await snapshot(tenant);
    const kinds = (suffix: string) => Object.keys(live).filter((key) => key.endsWith(suffix));
    expect(kinds(':average').length).toBeGreaterThan(0);
    expect(kinds(`:contributions:${b}`).length).toBeGreaterThan(0);
    // As if the markers had expired: the rebuild sets them again. One of the former kind, of
    // an event gone from the ledger, is removed.
    const { client, keys } = rankings.redis;
    await client.del(...(await client.keys(keys.appliedOn(tenant, '*'))));
    await client.set(keys.applied(tenant, randomUUID()), '1', 'PX', 60_000);
    const result = await rankings.app.get(RebuildBoards).run(tenant);
    expect(result.scoresApplied).toBe(80 + 20 + 1);
    expect(await snapshot(tenant)).toEqual(live);

    // The markers are back, each day's living EVENT_DEDUPE_DAYS as the script sets it.
    const markerMs = rankings.app.get(RankingsConfig).EVENT_DEDUPE_DAYS * 86_400_000;
    for (const event of [...scores, marker]) {
      const markers = keys.appliedOn(tenant, appliedDay(new Date(event.time)));
      expect(await client.sismember(markers, event.id.toLowerCase())).toBe(1);
      const ttl = await client.pttl(markers);
      expect(ttl).toBeGreaterThan(markerMs - 60_000);
      expect(ttl).toBeLessThanOrEqual(markerMs);
    }
    expect(await client.keys(keys.applied(tenant, '*'))).toEqual([]);
  });

  it('reads --tenant from the command line', () => {
    expect(tenantArgument([])).toBeUndefined();
    expect(tenantArgument(['--tenant', 't1'])).toBe('t1');
    expect(() => tenantArgument(['--tenant'])).toThrow(/usage/);
  });
});
