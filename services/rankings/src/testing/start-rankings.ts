import { CloudEvent, eventDefinition, Topics } from '@citypoints/contracts';
import { startTestApp, TestApp } from '@citypoints/platform/testing';
import { produceEvents, testConnection, uniqueName, waitFor } from '@citypoints/testing';
import { AppModule } from '../app.module';
import { appliedDay, BoardRef } from '../core/rankings-keys';
import { RankingsRedis } from '../core/rankings-redis';
import { TenantTimeZones } from '../core/tenant-time-zones.store';
import { RankingsConfig } from '../rankings-config';
import { tenantSettings } from './ledger-events';

export interface RankingsUnderTest extends TestApp {
  redis: RankingsRedis;
  /** Publishes identity's settings of the tenant and waits until its time zone is stored. */
  settle(tenantId: string, timeZone: string): Promise<void>;
  /** Publishes events on their topics (this app's), under one message key. */
  publish(events: CloudEvent[], key: string): Promise<void>;
  /** Waits until the event has been added to its boards (its id is among its day's markers). */
  applied(event: CloudEvent): Promise<void>;
  /** A board as Redis holds it: each person's score. */
  board(tenantId: string, board: BoardRef): Promise<Record<string, number>>;
  /** Every board of the tenant that Redis holds, by key. */
  boards(tenantId: string): Promise<Record<string, Record<string, number>>>;
}

/**
 * Rankings in the test process, on a database, topics and Redis keys of its own; its periodic
 * close is off unless `overrides` turn it on.
 */
export async function startRankings(
  overrides: Partial<RankingsConfig> = {},
): Promise<RankingsUnderTest> {
  const service = await startTestApp('rankings', (config) =>
    AppModule.forRoot(
      Object.assign(new RankingsConfig(), config, {
        REDIS_URL: testConnection().REDIS_URL,
        REDIS_KEY_PREFIX: `${uniqueName('rankings')}:`,
        CLOSE_INTERVAL_SECONDS: 0,
        ...overrides,
      }),
    ),
  );
  const redis = service.app.get(RankingsRedis);
  const { client, keys } = redis;
  // A member is `<13 digits>:<userId>` (see ScoreBoards).
  const scoresIn = async (key: string) => {
    const rows = await client.zrange(key, 0, -1, 'WITHSCORES');
    const scores: Record<string, number> = {};
    for (let i = 0; i < rows.length; i += 2) scores[rows[i].slice(14)] = Number(rows[i + 1]);
    return scores;
  };
  return {
    ...service,
    redis,
    settle: async (tenantId, timeZone) => {
      await produceEvents(
        service.topic(Topics.identity),
        [tenantSettings(tenantId, timeZone)],
        tenantId,
      );
      const zones = service.app.get(TenantTimeZones);
      await waitFor(`the time zone of ${tenantId}`, async () =>
        (await zones.of(tenantId)) === timeZone ? true : undefined,
      );
    },
    publish: async (events, key) => {
      // Consecutive events of one topic in one send, so that they arrive as one fetch.
      const topicOf = (event: CloudEvent) => service.topic(eventDefinition(event.type).topic);
      for (let from = 0; from < events.length;) {
        let to = from + 1;
        while (to < events.length && topicOf(events[to]) === topicOf(events[from])) to++;
        await produceEvents(topicOf(events[from]), events.slice(from, to), key);
        from = to;
      }
    },
    applied: async (event) => {
      const markers = keys.appliedOn(event.tenantid, appliedDay(new Date(event.time)));
      await waitFor(`${event.type} ${event.id} applied`, async () =>
        (await client.sismember(markers, event.id.toLowerCase())) ? true : undefined,
      );
    },
    board: (tenantId, board) => scoresIn(keys.board(tenantId, board)),
    boards: async (tenantId) => {
      // Any period and category: the pattern's asterisks stand where they go in a key.
      const pattern = keys.board(tenantId, {
        scope: 'people',
        periodId: '*',
        category: '*' as 'all',
      });
      const found = (await client.keys(pattern)).filter((key) => !key.endsWith(':reached'));
      const boards: Record<string, Record<string, number>> = {};
      for (const key of found.sort()) boards[key] = await scoresIn(key);
      return boards;
    },
  };
}
