import {
  ACTIVITY_CATEGORIES,
  BonusAwarded,
  BonusAwardedV1,
  CloudEvent,
  createEvent,
  GroupCreated,
  MemberJoinedGroup,
  MemberLeftGroup,
  PointsEarned,
  PointsEarnedV1,
  TenantSettingsChanged,
  toKafkaMessage,
  Topics,
} from '@citypoints/contracts';
import { Cluster, startTestServices } from '@citypoints/cluster';
import {
  createTestDatabase,
  createTopics,
  TestDatabase,
  testConnection,
  uniqueName,
  waitFor,
} from '@citypoints/testing';
import Redis from 'ioredis';
import { Kafka, logLevel, Producer } from 'kafkajs';
import { DateTime } from 'luxon';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

// Rankings is SIGKILLed in the middle of a burst of ledger events, a fifth of them delivered
// twice, and restarted on the same database and Redis keys: afterwards every board Redis holds
// for the tenant, people's and groups', equals the sums computed here from the unique events.
describe('rankings killed during a burst of ledger events with redeliveries', () => {
  // Topics, consumer group and Redis keys of its own: the cluster prefix is all three's.
  const prefix = `${uniqueName('rcrash')}.`;
  const tenant = `rburst-${randomUUID().slice(0, 8)}`;
  const zone = 'Europe/Stockholm';
  const base = `${prefix}rankings:{${tenant}}`;
  const LAST = 9_999_999_999_999;
  const MIN_ACTIVE = 3; // MIN_ACTIVE_MEMBERS_FOR_AVERAGE's default
  const kafka = new Kafka({
    brokers: testConnection().KAFKA_BROKERS.split(','),
    logLevel: logLevel.NOTHING,
  });
  let database: TestDatabase;
  let client: Client;
  let redis: Redis;
  let producer: Producer;
  const clusters: Cluster<'rankings'>[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
    redis = new Redis(testConnection().REDIS_URL);
    await createTopics([prefix + Topics.ledger, prefix + Topics.identity], 3);
    producer = kafka.producer();
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await Promise.all(clusters.map((cluster) => cluster.close()));
    const keys = await redis.keys(`${base}:*`);
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await client.end();
    await database.drop();
  });

  // Both processes on the one database and prefix, which outlive them; no periodic close.
  const startRankings = async () => {
    const cluster = await startTestServices(['rankings'], {
      prefix,
      databases: async () => ({ url: database.url }),
      env: { rankings: { CLOSE_INTERVAL_SECONDS: '0' } },
    });
    clusters.push(cluster);
    return cluster.services.rankings;
  };
  const send = (topic: string, events: { event: CloudEvent; key: string }[]) =>
    producer.send({
      topic: prefix + topic,
      acks: -1,
      messages: events.map(({ event, key }) => toKafkaMessage(event, key)),
    });
  const scalar = async (sql: string, params: unknown[]) =>
    Number((await client.query(sql, params)).rows[0].value);
  const allTimeSum = async () => {
    const rows = await redis.zrange(`${base}:board:people:all:all`, 0, -1, 'WITHSCORES');
    let sum = 0;
    for (let i = 1; i < rows.length; i += 2) sum += Number(rows[i]);
    return sum;
  };
  // The events applied: the ids in the markers' sets, one a day.
  const markers = async () => {
    let applied = 0;
    for (const day of await redis.keys(`${base}:applied-on:*`)) applied += await redis.scard(day);
    return applied;
  };

  it('adds every event exactly once to every board', async () => {
    // A seeded generator, so that a failing run can be told apart by its seed.
    const seed = Math.floor(Math.random() * 2 ** 31);
    const random = mulberry32(seed);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];

    const users: string[] = Array.from({ length: 50 }, () => randomUUID());
    const first = DateTime.fromObject({ year: 2026, month: 3, day: 2 }, { zone });
    // Eight weeks from Monday 2 March (over the clock change of 29 March), 08:00 to 20:00 local.
    const timeOf = () =>
      first
        .plus({ days: Math.floor(random() * 56) })
        .set({ hour: 8 + Math.floor(random() * 12), minute: Math.floor(random() * 60) })
        .plus({ milliseconds: Math.floor(random() * 60_000) });

    // Two groups that share four people; one member of the first leaves half-way.
    const joinedAt = first.minus({ days: 1 });
    const groups = [
      { groupId: randomUUID(), members: users.slice(0, 12) },
      { groupId: randomUUID(), members: users.slice(8, 20) },
    ];
    const leaver = users[5];
    const leftAt = first.plus({ days: 27, hours: 12, minutes: 30 });
    const fromIdentity = (groupId: string) => ({
      source: '/citypoints/identity',
      tenantid: tenant,
      subject: groupId,
    });
    const identity: { event: CloudEvent; key: string }[] = [
      {
        event: createEvent(
          TenantSettingsChanged,
          { timeZone: zone, pointsExpiryMonths: null, leaderboardBonuses: [] },
          { source: '/citypoints/identity', tenantid: tenant },
        ),
        key: tenant,
      },
    ];
    const at = <E extends CloudEvent>(event: E, time: DateTime): E => ({
      ...event,
      time: time.toJSDate().toISOString(),
    });
    for (const { groupId, members } of groups) {
      const created = createEvent(
        GroupCreated,
        { groupId, kind: 'team', createdBy: members[0] },
        fromIdentity(groupId),
      );
      identity.push({ event: at(created, joinedAt), key: groupId });
      for (const userId of members) {
        const joined = createEvent(MemberJoinedGroup, { groupId, userId }, fromIdentity(groupId));
        identity.push({ event: at(joined, joinedAt), key: groupId });
      }
    }
    const left = createEvent(
      MemberLeftGroup,
      { groupId: groups[0].groupId, userId: leaver },
      fromIdentity(groups[0].groupId),
    );
    identity.push({ event: at(left, leftAt), key: groups[0].groupId });
    const groupsAt = (userId: string, time: number) =>
      groups
        .filter(({ members }) => members.includes(userId))
        .filter(({ groupId }) => !(userId === leaver && groupId === groups[0].groupId))
        .map(({ groupId }) => groupId)
        .concat(userId === leaver && time < leftAt.toMillis() ? [groups[0].groupId] : []);

    // The ledger's events: 2,000 earns (most with a category) and 20 bonuses.
    const fromLedger = { source: '/citypoints/ledger', tenantid: tenant };
    const unique: CloudEvent<PointsEarnedV1 | BonusAwardedV1>[] = [];
    for (let i = 0; i < 2000; i++) {
      const userId = pick(users);
      const points = 1 + Math.floor(random() * 25);
      const category = random() < 0.7 ? pick(ACTIVITY_CATEGORIES) : undefined;
      const data = { accountId: userId, participationId: randomUUID(), points, balance: points };
      const event = createEvent(
        PointsEarned,
        { ...data, ...(category && { category }) },
        fromLedger,
      );
      unique.push(at(event, timeOf()));
    }
    for (let i = 0; i < 20; i++) {
      const userId = pick(users);
      const points = 50 + Math.floor(random() * 51);
      const data: BonusAwardedV1 = {
        accountId: userId,
        scope: 'individual',
        period: '2026-W09',
        place: 1,
        points,
        balance: points,
      };
      const event = createEvent(BonusAwarded, data, fromLedger);
      unique.splice(Math.floor(random() * unique.length), 0, at(event, timeOf()));
    }
    // A fifth delivered again, later in the stream, under the same key (the person).
    const stream = unique.map((event, i) => ({ event, position: i }));
    for (let i = 0; i < unique.length; i++) {
      if (random() >= 0.2) continue;
      stream.push({ event: unique[i], position: i + 0.5 + random() * (unique.length - i) });
    }
    stream.sort((a, b) => a.position - b.position);
    const messages = stream.map(({ event }) => ({ event, key: event.data.accountId }));
    const redeliveries = messages.length - unique.length;

    // What every board must hold, from the unique events alone.
    const expected = expectedBoards(unique, groupsAt);
    const expectedTotal = unique.reduce((sum, event) => sum + event.data.points, 0);

    const firstRankings = await startRankings();
    await send(Topics.identity, identity);
    await waitFor('the time zone and every membership stored', async () => {
      const zones = await scalar(
        `SELECT count(*) AS value FROM tenant_settings WHERE tenant_id = $1 AND time_zone = $2`,
        [tenant, zone],
      );
      const changes = await scalar(
        `SELECT count(*) AS value FROM group_membership_change WHERE tenant_id = $1`,
        [tenant],
      );
      return zones === 1 && changes === identity.length - 1 - groups.length ? true : undefined;
    });

    // A third of the burst, then the kill while rankings is applying it.
    const third = Math.floor(messages.length / 3);
    for (let from = 0; from < third; from += 100) {
      await send(Topics.ledger, messages.slice(from, Math.min(from + 100, third)));
    }
    // A quarter of the third applied (it has not read the rest yet): the kill lands mid-stream.
    await waitFor('rankings to be part-way through', async () =>
      (await markers()) >= third / 4 ? true : undefined,
    );
    firstRankings.process.kill('SIGKILL');
    await new Promise((resolve) => firstRankings.process.once('exit', resolve));
    const appliedAtKill = await markers();
    expect(appliedAtKill).toBeGreaterThan(0);
    expect(appliedAtKill).toBeLessThan(unique.length);

    // The rest while it is down, then a new process on the same database and Redis keys.
    for (let from = third; from < messages.length; from += 200) {
      await send(Topics.ledger, messages.slice(from, from + 200));
    }
    await startRankings();
    await waitFor(
      'the all-time board to reach the ledger total',
      async () => ((await allTimeSum()) >= expectedTotal ? true : undefined),
      45_000,
    );
    // Everything read, the trailing redeliveries too, before the boards are compared.
    const admin = kafka.admin();
    await admin.connect();
    try {
      await waitFor('the consumer group to have read the whole topic', async () => {
        const ends = await admin.fetchTopicOffsets(prefix + Topics.ledger);
        const [committed] = await admin.fetchOffsets({
          groupId: `${prefix}rankings`,
          topics: [prefix + Topics.ledger],
        });
        const done = ends.every(
          ({ partition, offset }) =>
            committed.partitions.find((p) => p.partition === partition)?.offset === offset,
        );
        return done ? true : undefined;
      });
    } finally {
      await admin.disconnect();
    }

    const actual = await boardsInRedis();
    const applied = await markers();
    console.log(
      `rankings crash (seed ${seed}): ${messages.length} events sent (${unique.length} unique), ` +
        `${redeliveries} redeliveries, ${appliedAtKill} applied at the kill, ${applied} applied, ` +
        `${Object.keys(expected).length} keys compared`,
    );
    expect(await allTimeSum()).toBe(expectedTotal);
    expect(applied).toBe(unique.length);
    expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
    for (const key of Object.keys(expected)) {
      expect({ key, value: actual[key] }).toEqual({ key, value: expected[key] });
    }
  }, 90_000);

  type Contents = Record<string, number | string>;

  /**
   * What ScoreBoards must have made of `events`: for each key of the tenant's boards, its
   * members and scores (sorted sets), fields (hashes) or members (sets, each scored 1).
   */
  function expectedBoards(
    events: CloudEvent<PointsEarnedV1 | BonusAwardedV1>[],
    groupsAt: (userId: string, time: number) => string[],
  ): Record<string, Contents> {
    const boards: Record<string, Record<string, number>> = {};
    const latest: Record<string, Record<string, number>> = {};
    const add = (key: string, id: string, points: number, time?: number) => {
      boards[key] ??= {};
      boards[key][id] = (boards[key][id] ?? 0) + points;
      if (time === undefined) return;
      latest[key] ??= {};
      latest[key][id] = Math.max(latest[key][id] ?? 0, time);
    };
    for (const event of events) {
      const time = new Date(event.time).getTime();
      const { accountId: userId, points } = event.data;
      const category = 'category' in event.data ? event.data.category : undefined;
      const earned = event.type === PointsEarned;
      for (const period of periodsAt(time)) {
        for (const c of category ? ['all', category] : ['all']) {
          add(`${base}:board:people:${period}:${c}`, userId, points, time);
          for (const groupId of groupsAt(userId, time)) {
            const groupBoard = `${base}:board:groups:${period}:${c}`;
            add(`${groupBoard}:total`, groupId, points, time);
            add(`${groupBoard}:contributions:${groupId}`, userId, points);
            if (earned) add(`${groupBoard}:active`, `${groupId}:${userId}`, 0);
          }
        }
      }
    }
    const result: Record<string, Contents> = {};
    for (const [key, scores] of Object.entries(boards)) {
      if (key.endsWith(':active')) {
        const members = Object.keys(scores);
        result[key] = Object.fromEntries(members.map((member) => [member, 1]));
        const counts: Record<string, number> = {};
        for (const member of members) {
          const groupId = member.slice(0, 36);
          counts[groupId] = (counts[groupId] ?? 0) + 1;
        }
        const groupBoard = key.slice(0, -':active'.length);
        result[`${groupBoard}:active-count`] = counts;
        const totals = boards[`${groupBoard}:total`];
        const averages = Object.entries(counts)
          .filter(([, count]) => count >= MIN_ACTIVE)
          .map(([groupId, count]) => [groupId, totals[groupId] / count]);
        if (averages.length > 0) {
          result[`${groupBoard}:average`] = Object.fromEntries(averages);
          // An average's instant depends on the order of its changes: only its presence here.
          result[`${groupBoard}:average:reached`] = Object.fromEntries(
            averages.map(([groupId]) => [groupId, 'present']),
          );
        }
        continue;
      }
      result[key] = scores;
      if (latest[key]) {
        // Each entry's instant: that of the latest of its events on the board.
        result[`${key}:reached`] = Object.fromEntries(
          Object.entries(latest[key]).map(([id, time]) => [id, String(LAST - time)]),
        );
      }
    }
    return result;
  }

  /** The ids of the week, month and year (in the tenant's calendar) of `time`, and `all`. */
  function periodsAt(time: number): string[] {
    const local = DateTime.fromMillis(time, { zone });
    return [
      local.startOf('week').toFormat("kkkk-'W'WW"),
      local.startOf('month').toFormat('yyyy-MM'),
      local.startOf('year').toFormat('yyyy'),
      'all',
    ];
  }

  /**
   * Every board key of the tenant in Redis, read as expectedBoards writes it; a sorted set's
   * member `<13 digits>:<id>` is checked against its `reached` hash and read as the id.
   */
  async function boardsInRedis(): Promise<Record<string, Contents>> {
    const keys = (await redis.keys(`${base}:board:*`)).sort();
    const result: Record<string, Contents> = {};
    for (const key of keys) {
      const type = await redis.type(key);
      if (type === 'set') {
        const members = await redis.smembers(key);
        result[key] = Object.fromEntries(members.map((member) => [member, 1]));
      } else if (type === 'hash') {
        const fields = await redis.hgetall(key);
        result[key] = key.endsWith(':active-count')
          ? Object.fromEntries(Object.entries(fields).map(([id, n]) => [id, Number(n)]))
          : key.endsWith(':average:reached')
            ? Object.fromEntries(Object.keys(fields).map((id) => [id, 'present']))
            : fields;
      } else if (type === 'zset') {
        const rows = await redis.zrange(key, 0, -1, 'WITHSCORES');
        const scores: Record<string, number> = {};
        const digits = key.includes(':contributions:')
          ? undefined
          : await redis.hgetall(`${key}:reached`);
        for (let i = 0; i < rows.length; i += 2) {
          const member = rows[i];
          if (digits === undefined) {
            scores[member] = Number(rows[i + 1]);
            continue;
          }
          const id = member.slice(14);
          // The member must be the one its reached hash names, or a read would not find it.
          expect(`${digits[id]}:${id}`).toBe(member);
          scores[id] = Number(rows[i + 1]);
        }
        result[key] = scores;
      } else {
        result[key] = { [`unexpected ${type}`]: 1 };
      }
    }
    return result;
  }
});

/** A small seeded generator of numbers in [0, 1). */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
