import { CloudEvent, createEvent, ParticipationVerified } from '@citypoints/contracts';
import { createTestDatabase, TestDatabase, testConnection } from '@citypoints/testing';
import { Kafka } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, MigrationInterface, QueryRunner } from 'typeorm';
import { MessagingTables1764028800000 } from '../messaging-tables.migration';
import { OutboxTraceContext1796515200000 } from '../outbox-trace-context.migration';
import { KafkaEventBatchContext } from '../nest/kafka-event-batch-context';

/**
 * The observable effect of handling an event in these tests: one row per application, with the
 * transaction it was written in.
 */
class TestEffects1764028899999 implements MigrationInterface {
  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE TABLE effect (
      id bigserial PRIMARY KEY, event_id uuid NOT NULL, message_key text NOT NULL, seq int NOT NULL,
      tx bigint NOT NULL DEFAULT txid_current())`);
  }
  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE effect`);
  }
}

export interface MessagingTestDatabase {
  database: TestDatabase;
  db: DataSource;
  close(): Promise<void>;
}

export async function messagingTestDatabase(): Promise<MessagingTestDatabase> {
  const database = await createTestDatabase();
  const db = await openMessagingDatabase(database.url);
  return {
    database,
    db,
    close: async () => {
      await db.destroy();
      await database.drop();
    },
  };
}

/** The database at `url`, with the messaging tables and `effect` created in it. */
export async function openMessagingDatabase(url: string): Promise<DataSource> {
  const db = new DataSource({
    type: 'postgres',
    url,
    migrations: [
      MessagingTables1764028800000,
      OutboxTraceContext1796515200000,
      TestEffects1764028899999,
    ],
    // A server that is down or starting up is told at once, not after the OS's timeout.
    connectTimeoutMS: 2_000,
  });
  await db.initialize();
  await db.runMigrations();
  return db;
}

/** An EventHandler whose effect is a row of `effect`, in the transaction of the record. */
export async function recordEffect(
  event: CloudEvent,
  { tx }: { tx: EntityManager },
): Promise<void> {
  const data = event.data as { userId: string; points: number };
  await tx.query(`INSERT INTO effect (event_id, message_key, seq) VALUES ($1, $2, $3)`, [
    event.id,
    data.userId,
    data.points,
  ]);
}

/** An EventBatchHandler whose effect is a row of `effect` per event, in the batch's transaction. */
export async function recordEffects(
  events: CloudEvent[],
  context: KafkaEventBatchContext,
): Promise<void> {
  for (const event of events) await recordEffect(event, context);
}

/** A valid event; `seq` travels as the points so that tests can check the order of arrival. */
export function testEvent(userId: string, seq: number): CloudEvent {
  return createEvent(
    ParticipationVerified,
    {
      participationId: randomUUID(),
      userId,
      activityId: randomUUID(),
      points: seq,
      method: 'steward',
      verifiedAt: new Date().toISOString(),
    },
    { source: '/citypoints/tests', tenantid: 'test-town' },
  );
}

export async function effectCount(db: DataSource): Promise<number> {
  const [{ count }] = await db.query(`SELECT count(*)::int AS count FROM effect`);
  return count;
}

export function brokers(): string[] {
  return testConnection().KAFKA_BROKERS.split(',');
}

/** How many messages `topic` holds, over all its partitions. */
export async function messageCount(kafka: Kafka, topic: string): Promise<number> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, { high, low }) => sum + Number(high) - Number(low), 0);
  } finally {
    await admin.disconnect();
  }
}
