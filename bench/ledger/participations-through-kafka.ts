// Verified participations through Kafka into the ledger, running as a process of its own
// (consumer, earn, event store, projections and outbox), against the raw chain on the same
// servers in the same run: kafkajs produce → consume a partition's batch → one multi-row INSERT
// per table of the rows an earn appends (its record of the event, two events, two lines of
// history, one outbox message), in one transaction per batch, into plain copies of the ledger's
// tables. Both are timed from the first send until every participation is in the database.
import {
  createEvent,
  ParticipationVerified,
  ParticipationVerifiedV1,
  toKafkaMessage,
  Topics,
} from '@citypoints/contracts';
import { startServices, testSecrets } from '@citypoints/cluster';
import { Connection, createDatabase, dropDatabase } from '@citypoints/local-infra';
import { createKafka, createOrderedProducer } from '@citypoints/messaging';
import { provideServiceKeys, waitFor } from '@citypoints/testing';
import { EachBatchPayload, Kafka, Message, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { round } from '../measure';

const TENANT = 'bench-town';
const POINTS = 10;
const USERS = 1000;
const SEND_SIZE = 1000;
const RAW_TABLES = ['processed_messages', 'event', 'account_history', 'outbox'];

export async function compareParticipations(servers: Connection, count: number) {
  const run = randomUUID().slice(0, 8);
  const prefix = `bench.${run}.`;
  provideServiceKeys();
  const database = `bench_ledger_${run}`;
  const cluster = await startServices(['ledger'], {
    connection: servers,
    databases: async () => ({
      url: await createDatabase(servers.DATABASE_URL, database),
      drop: () => dropDatabase(servers.DATABASE_URL, database),
    }),
    ports: 'free',
    secrets: testSecrets(),
    prefix,
  });
  const databaseUrl = cluster.services.ledger.databaseUrl as string;
  const db = new Client({ connectionString: databaseUrl });
  const kafka = createKafka('bench-participations', servers.KAFKA_BROKERS.split(','));
  const producer = createOrderedProducer(kafka);
  try {
    await db.connect();
    await producer.connect();
    const messages = participations(count);
    const topic = prefix + Topics.verification;
    await untilStable(kafka, `${prefix}ledger`);
    const ledger = await timeChain(producer, topic, messages, () =>
      countRows(db, `SELECT count(*) FROM processed_messages WHERE consumer_group = $1`, [
        `${prefix}ledger`,
      ]),
    );
    const credited = await creditedOnce(db, count);
    process.stderr.write(`participations: ledger ${ledger.eventsPerSecond}/s\n`);
    const raw = await timeRawChain(kafka, producer, db, databaseUrl, topic, messages);
    process.stderr.write(`participations: raw chain ${raw.eventsPerSecond}/s\n`);
    return {
      participations: count,
      partitions: await partitionCount(kafka, topic),
      ledger: { ...ledger, creditedOnce: credited },
      rawChain: raw,
      ratio: round(ledger.eventsPerSecond / raw.eventsPerSecond),
    };
  } finally {
    await producer.disconnect().catch(() => undefined);
    await db.end().catch(() => undefined);
    await cluster.close();
  }
}

/** `count` participations of USERS people, keyed by person as verification keys them. */
function participations(count: number): Message[] {
  const users = Array.from({ length: USERS }, () => randomUUID());
  return Array.from({ length: count }, (_, i) => {
    const userId = users[i % USERS];
    const event = createEvent<ParticipationVerifiedV1>(
      ParticipationVerified,
      {
        participationId: randomUUID(),
        userId,
        activityId: randomUUID(),
        points: POINTS,
        method: 'qr-gps',
        verifiedAt: new Date().toISOString(),
      },
      { source: '/citypoints/verification', tenantid: TENANT },
    );
    return toKafkaMessage(event, `${TENANT}:${userId}`);
  });
}

/** Sends `messages` as a producer service would, timing until `applied` counts them all. */
async function timeChain(
  producer: Producer,
  topic: string,
  messages: Message[],
  applied: () => Promise<number>,
) {
  const started = performance.now();
  const sending = (async () => {
    for (let i = 0; i < messages.length; i += SEND_SIZE) {
      await producer.send({ topic, acks: -1, messages: messages.slice(i, i + SEND_SIZE) });
    }
  })();
  await waitFor(
    `${messages.length} participations in ${topic}'s database`,
    async () => ((await applied()) >= messages.length ? true : undefined),
    300_000,
  );
  await sending;
  const seconds = (performance.now() - started) / 1000;
  return { eventsPerSecond: Math.round(messages.length / seconds), seconds: round(seconds) };
}

async function timeRawChain(
  kafka: Kafka,
  producer: Producer,
  db: Client,
  databaseUrl: string,
  ledgerTopic: string,
  messages: Message[],
) {
  for (const table of RAW_TABLES) {
    await db.query(`CREATE TABLE raw_${table} (LIKE ${table} INCLUDING DEFAULTS)`);
  }
  const topic = `${ledgerTopic}.raw`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    topics: [{ topic, numPartitions: await partitionCount(kafka, ledgerTopic) }],
  });
  await admin.disconnect();
  const groupId = `${topic}.consumer`;
  // As the ledger's consumer reads (see IdempotentConsumer).
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 1000, sessionTimeout: 10_000 });
  // A connection of its own: the count polled meanwhile must not see an uncommitted batch.
  const writer = new Client({ connectionString: databaseUrl });
  try {
    await writer.connect();
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachBatch: (payload) => insertBatch(writer, groupId, payload) });
    await untilStable(kafka, groupId);
    return await timeChain(producer, topic, messages, () =>
      countRows(db, `SELECT count(*) FROM raw_processed_messages`),
    );
  } finally {
    await consumer.disconnect();
    await writer.end();
  }
}

/** The rows of an earn, for a whole batch: one INSERT per table, in one transaction. */
async function insertBatch(db: Client, groupId: string, { batch }: EachBatchPayload) {
  const earns = batch.messages.map((message) => {
    const header = (name: string) => String(message.headers?.[name]);
    const data = JSON.parse(String(message.value)) as ParticipationVerifiedV1;
    const movementId = `earn:${data.participationId}`;
    return { id: header('ce_id'), tenant: header('ce_tenantid'), data, movementId };
  });
  const entry = (movementId: string, amount: number, counterparty: string) =>
    JSON.stringify({ movementId, kind: 'earn', amount, counterparty, reason: 'participation' });
  const events = earns.flatMap(({ tenant, data, movementId }) => [
    [
      `account-${tenant}-system:points-issued`,
      'AccountDebited',
      entry(movementId, data.points, data.userId),
      null,
    ],
    [
      `account-${tenant}-${data.userId}`,
      'AccountCredited',
      entry(movementId, data.points, 'system:points-issued'),
      `movement:${tenant}:${movementId}`,
    ],
  ]);
  const history = earns.flatMap(({ tenant, data, movementId }) => [
    [tenant, 'system:points-issued', movementId, -data.points, data.userId],
    [tenant, data.userId, movementId, data.points, 'system:points-issued'],
  ]);
  const columns = (rows: unknown[][]) => rows[0].map((_, i) => rows.map((row) => row[i]));
  await db.query('BEGIN');
  try {
    await db.query(
      `INSERT INTO raw_processed_messages (consumer_group, event_id)
       SELECT $1, unnest($2::uuid[])`,
      [groupId, earns.map((earn) => earn.id)],
    );
    await db.query(
      `INSERT INTO raw_event (stream_id, stream_version, event_type, data, metadata,
         idempotency_key)
       SELECT s, 1, t, d, '{}'::jsonb, k
       FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::text[]) AS e (s, t, d, k)`,
      columns(events),
    );
    await db.query(
      `INSERT INTO raw_account_history (tenant_id, account_id, version, movement_id, kind,
         amount, counterparty, reason, balance_after, recorded_at)
       SELECT t, a, 1, m, 'earn', n, c, 'participation', n, now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[]) AS h (t, a, m, n, c)`,
      columns(history),
    );
    await db.query(
      `INSERT INTO raw_outbox (event_id, topic, message_key, event)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[])`,
      [
        earns.map(() => randomUUID()),
        earns.map(() => Topics.ledger),
        earns.map(({ tenant, data }) => `${tenant}:${data.userId}`),
        earns.map(({ data }) => JSON.stringify({ type: 'PointsEarned', data })),
      ],
    );
    await db.query('COMMIT');
  } catch (error) {
    await db.query('ROLLBACK');
    throw error;
  }
}

/** Every participation credited once: as many earn movements, and the points they carry. */
async function creditedOnce(db: Client, count: number): Promise<boolean> {
  const [row] = (
    await db.query(
      `SELECT count(*)::int AS earns, count(DISTINCT movement_id)::int AS movements,
         sum(amount)::int AS points
       FROM account_history WHERE kind = 'earn' AND amount > 0`,
    )
  ).rows;
  return row.earns === count && row.movements === count && row.points === count * POINTS;
}

async function countRows(db: Client, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await db.query(sql, params);
  return Number(rows[0].count);
}

async function partitionCount(kafka: Kafka, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const { topics } = await admin.fetchTopicMetadata({ topics: [topic] });
    return topics[0].partitions.length;
  } finally {
    await admin.disconnect();
  }
}

/** Waits until the group's members hold its partitions, so that no join is timed. */
async function untilStable(kafka: Kafka, groupId: string): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    await waitFor(`consumer group ${groupId} to be stable`, async () => {
      const { groups } = await admin.describeGroups([groupId]);
      return groups[0]?.state === 'Stable' && groups[0].members.length > 0 ? true : undefined;
    });
  } finally {
    await admin.disconnect();
  }
}
