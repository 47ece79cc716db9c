// The raw baseline of the benchmarks that end in the ledger: kafkajs produce → consume a
// partition's batch → one multi-row INSERT per table of the rows an earn appends (its record of
// the event, two events, two lines of history, one outbox message), in one transaction per
// batch, into plain copies (raw_<table>) of the ledger's tables in its database.
import {
  createEvent,
  ParticipationVerified,
  ParticipationVerifiedV1,
  toKafkaMessage,
  Topics,
} from '@citypoints/contracts';
import { waitFor } from '@citypoints/testing';
import { EachBatchPayload, Kafka, Message } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';

const RAW_TABLES = ['processed_messages', 'event', 'account_history', 'outbox'];

/** A verified participation of `userId`, keyed by person as verification keys it. */
export function participationMessage(tenant: string, userId: string, points: number): Message {
  const event = createEvent<ParticipationVerifiedV1>(
    ParticipationVerified,
    {
      participationId: randomUUID(),
      userId,
      activityId: randomUUID(),
      points,
      method: 'qr-gps',
      verifiedAt: new Date().toISOString(),
    },
    { source: '/citypoints/verification', tenantid: tenant },
  );
  return toKafkaMessage(event, `${tenant}:${userId}`);
}

/**
 * Starts the raw chain's consumer on a topic of its own with as many partitions as
 * `besideTopic` (the real chain's), writing into the raw tables of the ledger's database at
 * `databaseUrl`; resolves once the consumer holds its partitions. Send to `topic`; the earn of
 * a message is in raw_processed_messages (event_id = its ce_id) once written.
 */
export async function startRawEarnChain(kafka: Kafka, databaseUrl: string, besideTopic: string) {
  // A connection of its own: a count polled meanwhile must not see an uncommitted batch.
  const writer = new Client({ connectionString: databaseUrl });
  await writer.connect();
  for (const table of RAW_TABLES) {
    await writer.query(`CREATE TABLE raw_${table} (LIKE ${table} INCLUDING DEFAULTS)`);
  }
  const topic = `${besideTopic}.raw`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    topics: [{ topic, numPartitions: await partitionCount(kafka, besideTopic) }],
  });
  await admin.disconnect();
  const groupId = `${topic}.consumer`;
  // As the ledger's consumer reads (see IdempotentConsumer).
  const consumer = kafka.consumer({ groupId, maxWaitTimeInMs: 1000, sessionTimeout: 10_000 });
  const close = async () => {
    await consumer.disconnect();
    await writer.end();
  };
  try {
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({ eachBatch: (payload) => insertBatch(writer, groupId, payload) });
    await untilStable(kafka, groupId);
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  return { topic, close };
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

export async function partitionCount(kafka: Kafka, topic: string): Promise<number> {
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
export async function untilStable(kafka: Kafka, groupId: string): Promise<void> {
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
