import {
  ACTIVITY_CATEGORIES,
  BonusAwardedV1,
  CloudEvent,
  createEvent,
  deadLetterTopic,
  PointsEarnedV1,
  PointsSpent,
  Topics,
  toKafkaMessage,
} from '@citypoints/contracts';
import { produceEvents, TopicReader, waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import {
  bonusAwarded,
  pointsAdjusted,
  pointsEarned,
  tenantSettings,
} from '../testing/ledger-events';
import { RankingsUnderTest, startRankings } from '../testing/start-rankings';
import { appliedDay } from '../core/rankings-keys';
import { boardsOf } from './boards-of';
import { scoreOf } from './score';

describe("scores: the ledger's earns and bonuses raise the leaderboards, each once; reversals lower them", () => {
  let rankings: RankingsUnderTest;

  beforeAll(async () => {
    rankings = await startRankings();
  });

  afterAll(async () => {
    await rankings?.close();
  });

  /** Each board's scores, summed from the events once each, as the boards must hold them. */
  function expectedBoards(events: CloudEvent[], timeZone: string) {
    const sums: Record<string, Record<string, number>> = {};
    const unique = new Map(events.map((event) => [event.id, event]));
    for (const event of unique.values()) {
      const score = scoreOf(event as CloudEvent<PointsEarnedV1 | BonusAwardedV1>);
      for (const board of boardsOf(score, timeZone)) {
        const key = rankings.redis.keys.board(score.tenantId, board);
        sums[key] ??= {};
        sums[key][score.userId] = (sums[key][score.userId] ?? 0) + score.points;
      }
    }
    return sums;
  }

  it('holds the sums of a burst of events delivered twice and replayed, on every board', async () => {
    const tenant = 'burst-town';
    await rankings.settle(tenant, 'Europe/Stockholm');
    const people = Array.from({ length: 6 }, () => randomUUID());
    // A fixed sequence, so that a failure can be reproduced: around the spring's clock change,
    // the end of March and the turn of ISO weeks 12 and 13 in Stockholm.
    let seed = 7;
    const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const start = Date.parse('2027-03-27T12:00:00Z');
    const scores = Array.from({ length: 80 }, (_, i) => {
      const time = new Date(start + next(6 * 86_400_000)).toISOString();
      const person = people[next(people.length)];
      if (i % 10 === 9) return bonusAwarded(tenant, person, 1 + next(100), time);
      const category = [undefined, ...ACTIVITY_CATEGORIES][next(ACTIVITY_CATEGORIES.length + 1)];
      return pointsEarned(tenant, person, 1 + next(50), time, category);
    });
    const spent = createEvent(
      PointsSpent,
      { accountId: people[0], redemptionId: randomUUID(), points: 30, balance: 0 },
      { source: '/citypoints/ledger', tenantid: tenant },
    );
    const marker = pointsEarned(tenant, people[1], 1, '2027-03-30T10:00:00Z');

    await rankings.publish([...scores.slice(0, 40), scores[3], scores[3], spent], tenant);
    await rankings.publish([...scores.slice(40), ...scores.slice(10, 30)], tenant);
    await rankings.publish([...scores, marker], tenant);
    await rankings.applied(marker);

    const expected = expectedBoards([...scores, marker], 'Europe/Stockholm');
    // The sample spans two weeks, two months, and categories besides all points.
    const periods = new Set(Object.keys(expected).map((key) => key.split(':').at(-2)));
    expect([...periods].sort()).toEqual([
      '2027',
      '2027-03',
      '2027-04',
      '2027-W12',
      '2027-W13',
      'all',
    ]);
    expect(Object.keys(expected).length).toBeGreaterThan(6 * 3);
    expect(await rankings.boards(tenant)).toEqual(expected);
  });

  it("lowers the boards of a reversal's periods by its points, never below zero, and nothing else does", async () => {
    const tenant = 'reversal-town';
    await rankings.settle(tenant, 'Europe/Lisbon');
    const [ana, bea] = [randomUUID(), randomUUID()];
    const spent = createEvent(
      PointsSpent,
      { accountId: ana, redemptionId: randomUUID(), points: 20, balance: 0 },
      { source: '/citypoints/ledger', tenantid: tenant },
    );
    const events = [
      pointsEarned(tenant, ana, 50, '2027-03-17T10:00:00Z', 'health'), // 2027-W11
      pointsEarned(tenant, ana, 30, '2027-03-24T10:00:00Z'), // 2027-W12
      pointsEarned(tenant, bea, 60, '2027-03-24T11:00:00Z'), // 2027-W12
      spent,
      pointsAdjusted(tenant, ana, 45, '2027-03-24T12:00:00Z'), // a correction in her favour
      pointsAdjusted(tenant, ana, -40, '2027-03-25T12:00:00Z'), // the reversal, in 2027-W12
      pointsAdjusted(tenant, bea, -15, '2027-03-26T12:00:00Z'),
    ];
    // Delivered twice: the reversal, like the scores, counts once.
    await rankings.publish([...events, ...events], tenant);
    await rankings.applied(events[events.length - 1]);

    const board = (periodId: string, category: 'all' | 'health' = 'all') =>
      rankings.board(tenant, { scope: 'people', periodId, category });
    expect(await board('all')).toEqual({ [ana]: 40, [bea]: 45 });
    expect(await board('2027-03')).toEqual({ [ana]: 40, [bea]: 45 });
    expect(await board('2027-W12')).toEqual({ [ana]: 0, [bea]: 45 });
    expect(await board('2027-W11')).toEqual({ [ana]: 50 });
    // A reversal names no activity, so the category's boards keep what was earned there.
    expect(await board('all', 'health')).toEqual({ [ana]: 50 });
    // Nobody without points gets an entry from a reversal.
    const stranger = pointsAdjusted(tenant, randomUUID(), -5, '2027-03-26T13:00:00Z');
    await rankings.publish([stranger], tenant);
    await rankings.applied(stranger);
    expect(await board('all')).toEqual({ [ana]: 40, [bea]: 45 });
  });

  it('counts no event twice across an upgrade: a marker of the former kind (a key an event) still holds', async () => {
    const tenant = 'upgraded-town';
    await rankings.settle(tenant, 'Europe/Lisbon');
    const ana = randomUUID();
    const before = pointsEarned(tenant, ana, 10, '2027-03-17T10:00:00Z');
    const after = pointsEarned(tenant, ana, 5, '2027-03-17T11:00:00Z');
    const { client, keys } = rankings.redis;
    // Applied before the upgrade: the former marker exists, the day's set does not name it.
    await client.set(keys.applied(tenant, before.id), '1', 'PX', 60_000);
    await rankings.publish([before, after], tenant);
    await rankings.applied(after);
    expect(
      await rankings.board(tenant, { scope: 'people', periodId: 'all', category: 'all' }),
    ).toEqual({
      [ana]: 5,
    });
    const day = keys.appliedOn(tenant, '2027-03-17');
    expect(await client.smembers(day)).toEqual([after.id.toLowerCase()]);
  });

  it("keeps scores until their tenant's time zone is known, then adds them in its calendar", async () => {
    const tenant = 'late-town';
    const ana = randomUUID();
    // Made on 1 April in Auckland (NZDT, UTC+13) while UTC is still in March, booked a week on.
    const made = '2027-03-31T12:00:00.000Z';
    const earned = pointsEarned(tenant, ana, 40, '2027-04-07T12:00:00Z', 'culture', made);
    await rankings.publish([earned, earned], tenant);
    const parked = () =>
      rankings.db.query(`SELECT event_id FROM parked_score WHERE tenant_id = $1`, [tenant]);
    await waitFor('the score parked', async () => ((await parked()).length > 0 ? true : undefined));
    expect(await parked()).toEqual([{ event_id: earned.id }]);
    expect(await rankings.boards(tenant)).toEqual({});

    await rankings.publish([tenantSettings(tenant, 'Pacific/Auckland')], tenant);
    await rankings.applied(earned);
    await waitFor('parked scores gone', async () =>
      (await parked()).length === 0 ? true : undefined,
    );
    for (const periodId of ['2027-W13', '2027-04', '2027', 'all']) {
      for (const category of ['all', 'culture'] as const) {
        const board = await rankings.board(tenant, { scope: 'people', periodId, category });
        expect({ periodId, category, board }).toEqual({ periodId, category, board: { [ana]: 40 } });
      }
    }
    expect(Object.keys(await rankings.boards(tenant))).toHaveLength(8);
  });

  it('dead-letters a malformed PointsEarned with the reason, adding nothing', async () => {
    const tenant = 'strict-town';
    await rankings.settle(tenant, 'Europe/Lisbon');
    const event = pointsEarned(tenant, randomUUID(), 10, new Date().toISOString());
    const record = toKafkaMessage(event, tenant);
    const malformed = { ...record, value: JSON.stringify({ ...event.data, points: -10 }) };
    const deadLetters = await TopicReader.read(deadLetterTopic(rankings.topic(Topics.ledger)));
    try {
      await produceEvents(rankings.topic(Topics.ledger), [malformed], tenant);
      const [deadLetter] = await deadLetters.waitForMessages({ ce_id: event.id });
      expect(String(deadLetter.headers?.['dlt-reason'])).toBe(
        'invalid event: data.points: points must be a positive integer',
      );
      expect(String(deadLetter.headers?.['dlt-consumer-group'])).toContain('rankings');
      const marker = pointsEarned(tenant, randomUUID(), 1, new Date().toISOString());
      await rankings.publish([marker], tenant);
      await rankings.applied(marker);
      const { client, keys } = rankings.redis;
      const day = keys.appliedOn(tenant, appliedDay(new Date(event.time)));
      expect(await client.sismember(day, event.id.toLowerCase())).toBe(0);
      const everyone = await rankings.board(tenant, {
        scope: 'people',
        periodId: 'all',
        category: 'all',
      });
      expect(everyone).toEqual({ [marker.data.accountId]: 1 });
    } finally {
      await deadLetters.close();
    }
  });
});
