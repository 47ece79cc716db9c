import { deadLetterTopic, toKafkaMessage } from '@citypoints/contracts';
import { createTopics, TopicReader, uniqueName, waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { Kafka, Producer } from 'kafkajs';
import { deadLetterRecord } from '../consumer/dead-letter-record';
import { IdempotentConsumer } from '../consumer/idempotent-consumer';
import { createKafka, createOrderedProducer } from '../create-kafka';
import {
  brokers,
  messagingTestDatabase,
  MessagingTestDatabase,
  recordEffect,
  testEvent,
} from '../testing/messaging-test-kit';
import { readDeadLetters } from './read-dead-letters';
import { replayDeadLetters } from './replay-dead-letters';

describe('replayDeadLetters', () => {
  let store: MessagingTestDatabase;
  let kafka: Kafka;
  let producer: Producer;
  let consumer: IdempotentConsumer | undefined;
  let topic: string;

  beforeAll(async () => {
    store = await messagingTestDatabase();
    kafka = createKafka('replay-test', brokers());
    producer = createOrderedProducer(kafka);
    await producer.connect();
  });

  beforeEach(async () => {
    topic = uniqueName('replay-test');
    await createTopics([topic, deadLetterTopic(topic)], 2);
  });

  afterEach(async () => {
    await consumer?.stop();
    consumer = undefined;
  });

  afterAll(async () => {
    await producer.disconnect();
    await store.close();
  });

  const timesApplied = async (eventId: string): Promise<number> => {
    const [{ n }] = await store.db.query(
      `SELECT count(*)::int AS n FROM effect WHERE event_id = $1`,
      [eventId],
    );
    return n;
  };

  it('applies a dead-lettered event once when fixed and replayed, and still once when replayed twice', async () => {
    const user = randomUUID();
    const event = testEvent(user, 1);
    let fixed = false;
    consumer = new IdempotentConsumer(kafka, store.db, producer, {
      groupId: uniqueName('ledger'),
      topics: [topic],
      handlers: {
        [event.type]: async (applied, context) => {
          if (!fixed) throw new Error('a bug in the handler');
          await recordEffect(applied, context);
        },
      },
      retry: { attempts: 2, initialDelayMs: 10 },
    });
    await consumer.start();
    await producer.send({ topic, acks: -1, messages: [toKafkaMessage(event, user)] });
    const deadLetters = await waitFor('the event dead-lettered', async () => {
      const found = await readDeadLetters(kafka, deadLetterTopic(topic));
      return found.length > 0 ? found : undefined;
    });
    expect(deadLetters).toMatchObject([{ eventId: event.id, replayable: true }]);
    expect(await timesApplied(event.id)).toBe(0);

    fixed = true;
    await replayDeadLetters(producer, deadLetters);
    await waitFor('the replayed event applied', async () =>
      (await timesApplied(event.id)) === 1 ? true : undefined,
    );
    await replayDeadLetters(producer, await readDeadLetters(kafka, deadLetterTopic(topic)));
    // Behind the second replay on the same key, so once it is applied the replay was handled.
    const marker = testEvent(user, 2);
    await producer.send({ topic, acks: -1, messages: [toKafkaMessage(marker, user)] });
    await waitFor('the marker applied', async () =>
      (await timesApplied(marker.id)) === 1 ? true : undefined,
    );
    expect(await timesApplied(event.id)).toBe(1);
  });

  it('publishes the original key, body and headers to the original topic, without the dead-letter headers', async () => {
    const users = [randomUUID(), randomUUID()];
    const originals = users.map((user) => toKafkaMessage(testEvent(user, 1), user));
    const received = originals.map((message, offset) => ({
      key: Buffer.from(message.key),
      value: Buffer.from(message.value),
      headers: message.headers,
      offset: String(offset),
      timestamp: '0',
      attributes: 0,
    }));
    const context = { topic, partition: 0, consumerGroup: 'ledger', reason: 'the ledger was down' };
    // One more that claims to come from another topic: never published there.
    const stray = deadLetterRecord(received[0], { ...context, topic: uniqueName('elsewhere') });
    await producer.send({
      topic: deadLetterTopic(topic),
      acks: -1,
      messages: [
        ...received.map((message) => deadLetterRecord(message, context).message),
        stray.message,
      ],
    });

    const published = await replayDeadLetters(
      producer,
      await readDeadLetters(kafka, deadLetterTopic(topic)),
    );

    expect(published).toBe(2);
    const reader = await TopicReader.read(topic);
    try {
      const arrived = await waitFor('both events back on their topic', async () =>
        reader.messages.length >= 2 ? reader.messages : undefined,
      );
      const shape = ({
        key,
        value,
        headers,
      }: {
        key: unknown;
        value: unknown;
        headers?: object;
      }) => ({
        key: String(key),
        value: String(value),
        headers: Object.fromEntries(
          Object.entries(headers ?? {}).map(([name, text]) => [name, String(text)]),
        ),
      });
      expect(arrived.map(shape).sort(byKey)).toEqual(originals.map(shape).sort(byKey));
    } finally {
      await reader.close();
    }
    const offsets = await endOffsets(topic);
    expect(offsets.reduce((sum, offset) => sum + offset, 0)).toBe(2);
  });

  const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);

  async function endOffsets(name: string): Promise<number[]> {
    const admin = kafka.admin();
    await admin.connect();
    try {
      return (await admin.fetchTopicOffsets(name)).map(({ high }) => Number(high));
    } finally {
      await admin.disconnect();
    }
  }
});
