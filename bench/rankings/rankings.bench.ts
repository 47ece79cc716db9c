// One tenant's all-time board of 1,000,000 people (BENCH_PEOPLE): p50/p99 of the top 10 and of
// a person's place read from rankings' internal API and through the gateway, beside the same
// reads straight from Redis (ZREVRANGE; ZREVRANK + ZREVRANGE) in the same run; PointsEarned
// applied per second by the live consumer beside pipelined ZINCRBY; and the rebuild's events
// per second (`npm run rankings:rebuild`). The board is filled with ZADD in the scoring script's
// own member format (`loaded: "zadd"`), not by 1,000,000 events. Every service runs as its own
// process; the load comes from this one. Prints JSON on stdout, logs on stderr.
import 'reflect-metadata';
import { Topics } from '@citypoints/contracts';
import { serviceAuthorization, Town } from '@citypoints/platform/testing';
import { waitFor } from '@citypoints/testing';
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { Pool } from 'undici';
import { startGatewayBenchCluster } from '../bench-cluster';
import { benchServers } from '../bench-database';
import { round } from '../measure';
import { fillBoard, personId } from './board-people';
import { rawIncrements, serviceIncrements } from './increments';
import { pointsEarnedMessage, produceMessages } from './ledger-producer';
import { measureReads } from './reads';
import { rankingsEnvironment, runRebuild } from './rebuild';
import { quietKafka, removeKeys, removeTopics } from './run-servers';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1_000_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 2000);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 500);
const INCREMENTS = Number(process.env.BENCH_INCREMENTS ?? 100_000);
/** PointsEarned on the ledger topic when the rebuild starts, the increments' among them. */
const REBUILD_EVENTS = Number(process.env.BENCH_REBUILD_EVENTS ?? 1_000_000);
/** Signed-up citizens on the board, whose places the gateway reads. */
const CITIZENS = 3;
const TENANT = 'bench-rankings';
const AIMS = { aroundMeP99UnderMs: 5, rebuild1MUnderSeconds: 30 };

async function main(): Promise<void> {
  const cleanup: (() => Promise<unknown>)[] = [];
  const log = (line: string) => process.stderr.write(`${line}\n`);
  // The run's topics and Redis keys start with it; nothing is removed before the cluster starts.
  let prefix: string | undefined;
  try {
    const { servers, close } = await benchServers();
    cleanup.push(close);
    // Removed once the services have stopped, so that none of them reads a deleted topic.
    const redis = new Redis(servers.REDIS_URL);
    cleanup.push(() => removeKeys(redis, prefix).finally(() => redis.quit()));
    const kafka = quietKafka(servers.KAFKA_BROKERS.split(','));
    cleanup.push(() => removeTopics(kafka, prefix));
    const cluster = await startGatewayBenchCluster(servers);
    cleanup.push(() => cluster.close());
    const { identity, rankings, gateway } = cluster.services;
    prefix = cluster.prefix;

    const town = new Town(TENANT, gateway.url, identity.url);
    await town.found();
    const citizens = await Promise.all(
      Array.from({ length: CITIZENS }, (_, i) => town.resident(`Reader ${i}`)),
    );
    const tenantKeys = `${prefix}rankings:{${TENANT}}`;
    const board = `${tenantKeys}:board:people:all:all`;
    const run = randomUUID().slice(0, 8);
    const started = performance.now();
    const citizenIds = citizens.map((citizen) => citizen.userId.toLowerCase());
    await fillBoard(redis, { board, reached: `${board}:reached` }, run, PEOPLE, citizenIds);
    const loadSeconds = round((performance.now() - started) / 1000);
    log(`${PEOPLE + CITIZENS} people on the board in ${loadSeconds} s`);

    const service = {
      pool: new Pool(rankings.url, { connections: 1 }),
      authorization: await serviceAuthorization('rankings'),
      boardPath: `/tenants/${TENANT}/leaderboards/people/all`,
    };
    const api = new Pool(gateway.url, { connections: 1 });
    cleanup.push(
      () => service.pool.close(),
      () => api.close(),
    );
    await untilRankingsKnowsTheTenant(service);
    const members = await redis.zrandmember(board, 1000);
    const reads = await measureReads(
      {
        redis,
        board,
        members,
        service,
        gateway: { pool: api, tokens: citizens.map((c) => c.token) },
      },
      SAMPLES,
      WARM_UP,
    );
    log(`reads: ${JSON.stringify(reads)}`);

    const topic = `${prefix}${Topics.ledger}`;
    const markers = (time: string) => `${tenantKeys}:applied-on:${time.slice(0, 10)}`;
    const target = { kafka, redis, tenant: TENANT, topic, run, people: PEOPLE, markers };
    const applied = await serviceIncrements(target, INCREMENTS);
    const perSecond = Math.round(INCREMENTS / applied.seconds);
    const rawKey = `${prefix}bench-raw:{${TENANT}}:increments`;
    const rawPerSecond = await rawIncrements(redis, rawKey, run, PEOPLE, INCREMENTS);
    log(`increments: ${perSecond}/s by rankings, ${rawPerSecond}/s raw`);

    // The live consumer stops, so that the rebuild has the machine to itself.
    await rankings.stop();
    const more = Math.max(0, REBUILD_EVENTS - INCREMENTS);
    const produceSeconds = await produceMessages(kafka, topic, more, () =>
      pointsEarnedMessage(TENANT, personId(run, Math.floor(Math.random() * PEOPLE)), 10),
    );
    log(`${more} more PointsEarned on the ledger topic in ${round(produceSeconds)} s`);
    const rebuilt = await runRebuild(
      TENANT,
      rankingsEnvironment(servers, rankings.databaseUrl, prefix),
    );
    const rebuildPerSecond = Math.round(rebuilt.scoresApplied / rebuilt.seconds);

    console.log(
      JSON.stringify(
        {
          bench: 'rankings',
          people: PEOPLE + CITIZENS,
          loaded: 'zadd',
          loadSeconds,
          samples: SAMPLES,
          warmUp: WARM_UP,
          reads,
          increments: {
            events: INCREMENTS,
            seconds: applied.seconds,
            produceSeconds: applied.produceSeconds,
            partitions: applied.partitions,
            perSecond,
            rawPerSecond,
            ratio: round(perSecond / rawPerSecond),
          },
          rebuild: {
            events: rebuilt.scoresApplied,
            messagesRead: rebuilt.messagesRead,
            produceSeconds: round(produceSeconds),
            seconds: rebuilt.seconds,
            processSeconds: rebuilt.processSeconds,
            perSecond: rebuildPerSecond,
          },
          aims: {
            aroundMeP99UnderMs: AIMS.aroundMeP99UnderMs,
            aroundMeMet: reads.aroundMe.service.p99Ms < AIMS.aroundMeP99UnderMs,
            rebuild1MUnderSeconds: AIMS.rebuild1MUnderSeconds,
            // Judged at the rate measured, for 1,000,000 events whatever the count replayed.
            rebuildMet: 1_000_000 / rebuildPerSecond < AIMS.rebuild1MUnderSeconds,
          },
        },
        null,
        2,
      ),
    );
  } finally {
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
  }
}

/** Rankings answers 404 unknown-tenant until identity's TenantSettingsChanged has reached it. */
async function untilRankingsKnowsTheTenant(service: {
  pool: Pool;
  authorization: string;
  boardPath: string;
}) {
  await waitFor('rankings to know the tenant', async () => {
    const answer = await service.pool.request({
      method: 'GET',
      path: service.boardPath,
      headers: { authorization: service.authorization },
    });
    await answer.body.dump();
    return answer.statusCode === 200 ? true : undefined;
  });
}

main().catch((error) => {
  console.error(`benchmark failed: ${(error as Error).message}`);
  process.exit(1);
});
