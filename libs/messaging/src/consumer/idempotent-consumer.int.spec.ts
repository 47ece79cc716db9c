import { deadLetterTopic, toKafkaMessage } from '@citypoints/contracts';
import { createTopics, uniqueName, waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { Consumer, Kafka, KafkaMessage, Producer } from 'kafkajs';
import { createKafka, createOrderedProducer } from '../create-kafka';
import {
  brokers,
  effectCount,
  messagingTestDatabase,
  MessagingTestDatabase,
  recordEffect,
  testEvent,
} from '../testing/messaging-test-kit';
import { EventHandler } from './event-handlers';
import { IdempotentConsumer } from './idempotent-consumer';

describe('IdempotentConsumer', () => {
  let store: MessagingTestDatabase;
  let kafka: Kafka;
  let producer: Producer;
  let consumer: IdempotentConsumer | undefined;
  let topic: string;
  const eventType = testEvent(randomUUID(), 1).type;

  beforeAll(async () => {
    store = await messagingTestDatabase();
    kafka = createKafka('idempotent-consumer-test', brokers());
    producer = createOrderedProducer(kafka);
    await producer.connect();
  });

  beforeEach(async () => {
    await store.db.query(`DELETE FROM effect`);
    topic = uniqueName('consumer-test');
    await createTopics([topic, deadLetterTopic(topic)], 1);
  });

  afterEach(async () => {
    await consumer?.stop();
  });

  afterAll(async () => {
    await producer.disconnect();
    await store.close();
  });

  async function startConsumer(handler: EventHandler, groupId = uniqueName('group')) {
    consumer = new IdempotentConsumer(kafka, store.db, producer, {
      groupId,
      topics: [topic],
      handlers: { [eventType]: handler },
      retry: { attempts: 3, initialDelayMs: 10 },
    });
    await consumer.start();
    return consumer;
  }

  it('applies an event delivered three times only once', async () => {
    const user = randomUUID();
    const event = testEvent(user, 1);
    const message = toKafkaMessage(event, user);
    await producer.send({ topic, messages: [message, message, message] });
    const marker = testEvent(user, 2);
    await producer.send({ topic, messages: [toKafkaMessage(marker, user)] });

    await startConsumer(recordEffect);
    await waitFor('the marker event applied', async () => {
      const rows = await store.db.query(`SELECT 1 FROM effect WHERE event_id = $1`, [marker.id]);
      return rows.length > 0 ? true : undefined;
    });

    const applied = await store.db.query(
      `SELECT count(*)::int AS n FROM effect WHERE event_id = $1`,
      [event.id],
    );
    expect(applied[0].n).toBe(1);
  });

  it('dead-letters malformed and failing messages of its types with a reason, and moves on', async () => {
    const user = randomUUID();
    const poison = testEvent(user, 666);
    const good = testEvent(user, 1);
    const valid = toKafkaMessage(testEvent(user, 2), user);
    const { ce_type, ...headersWithoutType } = valid.headers;
    const withoutType = { ...valid, headers: headersWithoutType };
    // Another group's business: not this consumer's to judge.
    const otherType = { ...valid.headers, ce_type: 'citypoints.elsewhere.Other.v1' };
    await producer.send({
      topic,
      messages: [
        { ...valid, headers: otherType, value: '{not json' },
        { ...valid, value: '{not json' },
        withoutType,
        toKafkaMessage(poison, user),
        toKafkaMessage(good, user),
      ],
    });
    let poisonAttempts = 0;
    await startConsumer(async (event, context) => {
      if (event.id === poison.id) {
        poisonAttempts++;
        throw new Error('the handler cannot cope with this one');
      }
      await recordEffect(event, context);
    });

    await waitFor('the good event applied', async () =>
      (await effectCount(store.db)) === 1 ? true : undefined,
    );
    const deadLetters = await readAll(deadLetterTopic(topic), 3);
    const reasons = deadLetters.map((message) => String(message.headers?.['dlt-reason']));
    expect(reasons[0]).toMatch(/^invalid event: .*JSON/i);
    expect(String(deadLetters[0].headers?.['dlt-original-offset'])).toBe('1');
    expect(reasons[1]).toMatch(/^invalid event: .*ce_type/);
    expect(reasons[2]).toBe(
      'handler failed after 3 attempts: the handler cannot cope with this one',
    );
    expect(poisonAttempts).toBe(3);
    expect(String(deadLetters[2].headers?.ce_id)).toBe(poison.id);
    expect(String(deadLetters[2].headers?.['dlt-original-topic'])).toBe(topic);
    expect(deadLetters[2].value?.toString()).toBe(JSON.stringify(poison.data));
    const [{ seq }] = await store.db.query(`SELECT seq FROM effect`);
    expect(seq).toBe(1);
  });

  it('finishes the message in hand and commits it when stopped', async () => {
    const user = randomUUID();
    await producer.send({ topic, messages: [toKafkaMessage(testEvent(user, 1), user)] });
    let calls = 0;
    let started!: () => void;
    const handling = new Promise<void>((resolve) => (started = resolve));
    const groupId = uniqueName('group');
    const slowHandler: EventHandler = async (event, context) => {
      calls++;
      started();
      await new Promise((resolve) => setTimeout(resolve, 500));
      await recordEffect(event, context);
    };
    const first = await startConsumer(slowHandler, groupId);
    await handling;
    await first.stop();
    expect(await effectCount(store.db)).toBe(1);

    // The same group again: the offset was committed, so nothing is handed over a second time.
    await producer.send({ topic, messages: [toKafkaMessage(testEvent(user, 2), user)] });
    await startConsumer(slowHandler, groupId);
    await waitFor('the second event applied', async () =>
      (await effectCount(store.db)) === 2 ? true : undefined,
    );
    expect(calls).toBe(2);
  });

  async function readAll(from: string, count: number): Promise<KafkaMessage[]> {
    const reader: Consumer = kafka.consumer({ groupId: uniqueName('dlt-reader') });
    const messages: KafkaMessage[] = [];
    await reader.connect();
    try {
      await reader.subscribe({ topic: from, fromBeginning: true });
      await reader.run({ eachMessage: async ({ message }) => void messages.push(message) });
      await waitFor(`${count} messages on ${from}`, async () =>
        messages.length >= count ? true : undefined,
      );
    } finally {
      await reader.disconnect();
    }
    return messages;
  }
});
