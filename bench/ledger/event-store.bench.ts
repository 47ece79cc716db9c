// The ledger's write and rebuild paths through the event store, each against a raw baseline
// in the same database and run: appends against plain INSERTs of the same rows, reading
// 1,000,000 events back in order against a bare keyset scan, and verified participations
// through Kafka into the ledger against a raw produce → consume → INSERT chain. BENCH_CASES
// (appends, rebuild, participations; all by default) picks some. Prints JSON on stdout.
import 'reflect-metadata';
import {
  appendToStreams,
  ConcurrencyError,
  EventStoreTables1764115200000,
  NewEvent,
  readAllEvents,
  readStreamVersion,
} from '@citypoints/event-store';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { benchDatabase } from '../bench-database';
import { measure, round } from '../measure';
import { compareParticipations } from './participations-through-kafka';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const REBUILD_EVENTS = Number(process.env.BENCH_REBUILD_EVENTS ?? 1_000_000);
const PARTICIPATIONS = Number(process.env.BENCH_PARTICIPATIONS ?? 10_000);
const CASES = new Set((process.env.BENCH_CASES ?? 'appends,rebuild,participations').split(','));

const event = (): NewEvent => ({
  type: 'PointsEarned',
  data: { points: 10, participationId: randomUUID() },
  metadata: { tenantId: 'bench-town', correlationId: randomUUID() },
});

async function main(): Promise<void> {
  const database = await benchDatabase();
  const db = new DataSource({
    type: 'postgres',
    url: database.url,
    migrations: [EventStoreTables1764115200000],
    poolSize: 80,
  });
  await db.initialize();
  await db.runMigrations();
  await db.query(`CREATE TABLE raw_event (LIKE event INCLUDING DEFAULTS)`);
  try {
    const appends = [];
    if (CASES.has('appends')) {
      for (const writers of [1, 8, 64]) {
        for (const layout of ['distinct-streams', 'hot-stream'] as const) {
          appends.push(await compareAppends(db, writers, layout, 1));
        }
      }
      for (const writers of [8, 64])
        appends.push(await compareAppends(db, writers, 'distinct-streams', 50));
    }
    const rebuild = CASES.has('rebuild') ? await compareRebuild(db) : undefined;
    const participations = CASES.has('participations')
      ? await compareParticipations(database.servers, PARTICIPATIONS)
      : undefined;
    console.log(
      JSON.stringify(
        { benchmark: 'ledger/event-store', seconds: SECONDS, appends, rebuild, participations },
        null,
        2,
      ),
    );
  } finally {
    await db.destroy();
    await database.close();
  }
}

async function compareAppends(
  db: DataSource,
  writers: number,
  layout: 'distinct-streams' | 'hot-stream',
  eventsPerAppend: number,
) {
  const run = randomUUID().slice(0, 8);
  const streamOf = (worker: number) =>
    layout === 'hot-stream' ? `hot-${run}` : `s-${run}-${worker}`;
  const versions = new Map<number, number>();
  let conflicts = 0;
  const store = await measure(writers, SECONDS * 1000, async (worker) => {
    const streamId = streamOf(worker);
    const expectedVersion =
      layout === 'hot-stream'
        ? await readStreamVersion(db.manager, streamId)
        : (versions.get(worker) ?? 0);
    const events = Array.from({ length: eventsPerAppend }, event);
    try {
      await db.transaction((tx) => appendToStreams(tx, [{ streamId, expectedVersion, events }]));
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      conflicts++;
      return 0;
    }
    versions.set(worker, expectedVersion + eventsPerAppend);
    return eventsPerAppend;
  });
  const rawVersions = new Map<number, number>();
  const raw = await measure(writers, SECONDS * 1000, async (worker) => {
    const version = rawVersions.get(worker) ?? 0;
    const events = Array.from({ length: eventsPerAppend }, event);
    await db.query(
      `INSERT INTO raw_event (stream_id, stream_version, event_type, data, metadata)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::jsonb[], $5::jsonb[])`,
      [
        events.map(() => streamOf(worker)),
        events.map((_, i) => version + i + 1),
        events.map((e) => e.type),
        events.map((e) => JSON.stringify(e.data)),
        events.map((e) => JSON.stringify(e.metadata)),
      ],
    );
    rawVersions.set(worker, version + eventsPerAppend);
    return eventsPerAppend;
  });
  process.stderr.write(`appends: ${writers} writers, ${layout}, ${eventsPerAppend} per append\n`);
  return {
    writers,
    layout,
    eventsPerAppend,
    eventStore: {
      eventsPerSecond: store.perSecond,
      p50Ms: store.p50Ms,
      p99Ms: store.p99Ms,
      conflicts,
    },
    rawInsert: { eventsPerSecond: raw.perSecond, p50Ms: raw.p50Ms, p99Ms: raw.p99Ms },
    ratio: round(store.perSecond / raw.perSecond),
  };
}

async function compareRebuild(db: DataSource) {
  const [{ before }] = await db.query(
    `SELECT coalesce(max(global_position), 0) AS before FROM event`,
  );
  // Written in bulk: this measures reading them back, as a projection rebuild does.
  await db.query(
    `INSERT INTO event (stream_id, stream_version, event_type, data, metadata)
     SELECT 'rebuild-' || (n % 1000), n / 1000 + 1, 'PointsEarned',
            jsonb_build_object('points', n % 50 + 1), '{"tenantId": "bench-town"}'::jsonb
     FROM generate_series(0, $1 - 1) AS n`,
    [REBUILD_EVENTS],
  );
  await db.query('VACUUM ANALYZE event');
  const storeStarted = performance.now();
  const balances = new Map<string, number>();
  let position = BigInt(before);
  for (;;) {
    const events = await readAllEvents(db.manager, position, 10_000);
    if (events.length === 0) break;
    for (const e of events) {
      balances.set(
        e.streamId,
        (balances.get(e.streamId) ?? 0) + (e.data as { points: number }).points,
      );
    }
    position = events[events.length - 1].globalPosition;
  }
  const storeSeconds = (performance.now() - storeStarted) / 1000;

  const rawStarted = performance.now();
  const rawBalances = new Map<string, number>();
  let rawPosition = String(before);
  for (;;) {
    const rows: { global_position: string; stream_id: string; data: { points: number } }[] =
      await db.query(
        `SELECT global_position, stream_id, data FROM event WHERE global_position > $1
       ORDER BY global_position LIMIT 10000`,
        [rawPosition],
      );
    if (rows.length === 0) break;
    for (const row of rows)
      rawBalances.set(row.stream_id, (rawBalances.get(row.stream_id) ?? 0) + row.data.points);
    rawPosition = rows[rows.length - 1].global_position;
  }
  const rawSeconds = (performance.now() - rawStarted) / 1000;
  process.stderr.write(`rebuild: ${REBUILD_EVENTS} events\n`);
  return {
    events: REBUILD_EVENTS,
    eventStore: {
      eventsPerSecond: Math.round(REBUILD_EVENTS / storeSeconds),
      seconds: round(storeSeconds),
    },
    rawScan: {
      eventsPerSecond: Math.round(REBUILD_EVENTS / rawSeconds),
      seconds: round(rawSeconds),
    },
    ratio: round(rawSeconds / storeSeconds),
    sameResult: JSON.stringify([...balances].sort()) === JSON.stringify([...rawBalances].sort()),
  };
}

main().catch((error) => {
  console.error(`benchmark failed: ${(error as Error).message}`);
  process.exit(1);
});
