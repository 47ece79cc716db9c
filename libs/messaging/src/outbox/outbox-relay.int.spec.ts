import { createTopics, uniqueName, waitFor } from '@citypoints/testing';
import { ChildProcess, fork } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { Admin, Kafka, Producer } from 'kafkajs';
import { IdempotentConsumer } from '../consumer/idempotent-consumer';
import { createKafka, createOrderedProducer } from '../create-kafka';
import {
  brokers,
  effectCount,
  messagingTestDatabase,
  MessagingTestDatabase,
  recordEffect,
  testEvent,
} from '../testing/messaging-test-kit';
import { appendToOutbox } from './append-to-outbox';
import { KafkaOutboxPublisher } from './kafka-outbox-publisher';
import { OutboxRelay } from './outbox-relay';

describe('OutboxRelay', () => {
  let store: MessagingTestDatabase;
  let kafka: Kafka;
  let producer: Producer;
  let admin: Admin;
  const consumers: IdempotentConsumer[] = [];

  beforeAll(async () => {
    store = await messagingTestDatabase();
    kafka = createKafka('outbox-relay-test', brokers());
    producer = createOrderedProducer(kafka);
    admin = kafka.admin();
    await Promise.all([producer.connect(), admin.connect()]);
  });

  afterEach(async () => {
    await Promise.all(consumers.splice(0).map((consumer) => consumer.stop()));
  });

  afterAll(async () => {
    await Promise.all([producer.disconnect(), admin.disconnect()]);
    await store.close();
  });

  function consume(topic: string): string {
    const groupId = uniqueName('outbox-test');
    const consumer = new IdempotentConsumer(kafka, store.db, producer, {
      groupId,
      topics: [topic],
      handlers: { [testEvent(randomUUID(), 1).type]: recordEffect },
    });
    consumers.push(consumer);
    void consumer.start();
    return groupId;
  }

  async function committedOffsets(groupId: string, topic: string): Promise<number> {
    const [{ partitions }] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return partitions.reduce((sum, partition) => sum + Math.max(0, Number(partition.offset)), 0);
  }

  async function messagesIn(topic: string): Promise<number> {
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets.reduce((sum, partition) => sum + Number(partition.high), 0);
  }

  async function unpublished(): Promise<number> {
    const [{ count }] = await store.db.query(
      `SELECT count(*)::int AS count FROM outbox WHERE published_at IS NULL`,
    );
    return count;
  }

  it('delivers the events of one key in the order they were written', async () => {
    const topic = uniqueName('outbox-order');
    await createTopics([topic], 3);
    const users = [randomUUID(), randomUUID(), randomUUID()];
    const eventsPerUser = 40;
    for (let seq = 1; seq <= eventsPerUser; seq++) {
      // Several transactions, each writing interleaved events of several keys.
      await store.db.transaction((tx) =>
        appendToOutbox(
          tx,
          users.map((user) => ({ topic, key: user, event: testEvent(user, seq) })),
        ),
      );
    }
    const relay = new OutboxRelay(store.db, new KafkaOutboxPublisher(producer), {
      pollIntervalMs: 20,
      batchSize: 7,
    });
    relay.start();
    consume(topic);

    await waitFor('all events applied', async () =>
      (await effectCount(store.db)) === users.length * eventsPerUser ? true : undefined,
    );
    await relay.stop();

    for (const user of users) {
      const rows = await store.db.query(
        `SELECT seq FROM effect WHERE message_key = $1 ORDER BY id`,
        [user],
      );
      expect(rows.map((row: { seq: number }) => row.seq)).toEqual(
        Array.from({ length: eventsPerUser }, (_, i) => i + 1),
      );
    }
    expect(await unpublished()).toBe(0);
  });

  it.each([
    ['before publishing', 'before-publish', 0, 1],
    ['after publishing, before marking the event sent', 'after-publish', 1, 2],
  ])(
    'applies the event exactly once when the relay is SIGKILLed %s',
    async (_moment, stall, copiesAfterKill, copiesAfterRestart) => {
      await store.db.query(`DELETE FROM effect`);
      const topic = uniqueName('outbox-crash');
      await createTopics([topic], 1);
      const user = randomUUID();
      await store.db.transaction((tx) =>
        appendToOutbox(tx, [{ topic, key: user, event: testEvent(user, 1) }]),
      );

      const crashing = startRelayProcess(stall);
      await new Promise((resolve) => crashing.once('message', resolve));
      crashing.kill('SIGKILL');
      await new Promise((resolve) => crashing.once('exit', resolve));

      expect(await unpublished()).toBe(1);
      expect(await messagesIn(topic)).toBe(copiesAfterKill);

      const restarted = startRelayProcess(undefined);
      try {
        const groupId = consume(topic);
        await waitFor('the outbox row marked sent', async () =>
          (await unpublished()) === 0 ? true : undefined,
        );
        expect(await messagesIn(topic)).toBe(copiesAfterRestart);
        await waitFor('the consumer to have handled every copy', async () =>
          (await committedOffsets(groupId, topic)) === copiesAfterRestart ? true : undefined,
        );
        expect(await effectCount(store.db)).toBe(1);
      } finally {
        restarted.kill('SIGKILL');
      }
    },
  );

  function startRelayProcess(stall: string | undefined): ChildProcess {
    return fork(join(__dirname, '../testing/outbox-relay.process.ts'), {
      execArgv: ['-r', '@swc-node/register'],
      env: { ...process.env, DATABASE_URL: store.database.url, RELAY_STALL: stall ?? '' },
      stdio: 'inherit',
    });
  }
});
