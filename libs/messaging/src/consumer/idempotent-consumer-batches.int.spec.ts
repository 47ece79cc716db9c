import {
  CloudEvent,
  createEvent,
  deadLetterTopic,
  RedemptionRequested,
  toKafkaMessage,
} from '@citypoints/contracts';
import { createTopics, TopicReader, uniqueName, waitFor } from '@citypoints/testing';
import { Kafka, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { createKafka, createOrderedProducer } from '../create-kafka';
import { KafkaEventBatchContext } from '../nest/kafka-event-batch-context';
import {
  brokers,
  effectCount,
  messageCount,
  messagingTestDatabase,
  MessagingTestDatabase,
  recordEffect,
  recordEffects,
  testEvent,
} from '../testing/messaging-test-kit';
import { EventBatchHandler, EventHandler } from './event-handlers';
import { IdempotentConsumer } from './idempotent-consumer';

describe('IdempotentConsumer with a batch handler', () => {
  let store: MessagingTestDatabase;
  let kafka: Kafka;
  let producer: Producer;
  let consumer: IdempotentConsumer | undefined;
  let topic: string;
  /** The events of each call of the handler, by their seq, attempts that failed included. */
  let calls: number[][];
  const eventType = testEvent(randomUUID(), 1).type;
  const seqOf = (event: CloudEvent) => (event.data as { points: number }).points;

  beforeAll(async () => {
    store = await messagingTestDatabase();
    kafka = createKafka('batch-consumer-test', brokers());
    producer = createOrderedProducer(kafka);
    await producer.connect();
  });

  beforeEach(async () => {
    await store.db.query(`DELETE FROM effect`);
    topic = uniqueName('batch-test');
    calls = [];
    await createTopics([topic, deadLetterTopic(topic)], 1);
  });

  afterEach(async () => {
    await consumer?.stop();
    consumer = undefined;
  });

  afterAll(async () => {
    await producer.disconnect();
    await store.close();
  });

  async function startConsumer(
    handler: EventBatchHandler,
    groupId = uniqueName('group'),
    handlers: Record<string, EventHandler> = {},
  ) {
    consumer = new IdempotentConsumer(kafka, store.db, producer, {
      groupId,
      topics: [topic],
      handlers,
      batchHandlers: {
        [eventType]: async (events, context) => {
          calls.push(events.map(seqOf));
          await handler(events, context);
        },
      },
      retry: { attempts: 3, initialDelayMs: 10 },
    });
    await consumer.start();
    return consumer;
  }

  const messagesOf = (user: string, seqs: number[]) =>
    seqs.map((seq) => toKafkaMessage(testEvent(user, seq), user));
  const range = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const effects = async (): Promise<{ seq: number; tx: string }[]> =>
    store.db.query(`SELECT seq, tx FROM effect ORDER BY id`);

  it("applies a partition's batch in one transaction, in order, each event once", async () => {
    const user = randomUUID();
    const messages = messagesOf(user, range(1, 100));
    // Delivered again inside the batch: the copy is not the handler's business.
    await producer.send({ topic, messages: [...messages, messages[41]] });

    await startConsumer(recordEffects);
    await waitFor('a hundred events applied', async () =>
      (await effectCount(store.db)) >= 100 ? true : undefined,
    );

    const applied = await effects();
    expect(applied.map((effect) => effect.seq)).toEqual(range(1, 100));
    expect(calls.flat()).toEqual(range(1, 100));
    // Produced before the consumer started, they came in one fetch: one call, one transaction.
    expect(calls).toHaveLength(1);
    expect(new Set(applied.map((effect) => effect.tx)).size).toBe(1);
  });

  it("hands each run of a type to its handler, one event's handler in turn, in one transaction", async () => {
    const user = randomUUID();
    const request = (seq: number) =>
      toKafkaMessage(
        createEvent(
          RedemptionRequested,
          { redemptionId: randomUUID(), userId: user, offerId: randomUUID(), points: seq },
          { source: '/citypoints/tests', tenantid: 'test-town' },
        ),
        user,
      );
    const [first, second, fifth] = messagesOf(user, [1, 2, 5]);
    await producer.send({ topic, messages: [first, second, request(3), request(4), fifth] });
    const oneByOne: number[] = [];

    await startConsumer(recordEffects, uniqueName('group'), {
      [RedemptionRequested]: async (event, context) => {
        oneByOne.push(seqOf(event));
        await recordEffect(event, context);
      },
    });
    await waitFor('five events applied', async () =>
      (await effectCount(store.db)) >= 5 ? true : undefined,
    );

    const applied = await effects();
    expect(applied.map((effect) => effect.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(new Set(applied.map((effect) => effect.tx)).size).toBe(1);
    expect(calls).toEqual([[1, 2], [5]]);
    expect(oneByOne).toEqual([3, 4]);
  });

  it('dead-letters a malformed message of a batch with the reason and applies the others', async () => {
    const user = randomUUID();
    const [first, second, third] = messagesOf(user, [1, 2, 3]);
    const otherType = { ...third, headers: { ...third.headers, ce_type: 'elsewhere.Other.v1' } };
    const deadLetters = await TopicReader.read(deadLetterTopic(topic));
    try {
      await producer.send({
        topic,
        messages: [first, { ...second, value: '{not json' }, otherType, third],
      });

      await startConsumer(recordEffects);
      const [deadLetter] = await deadLetters.waitForMessages({ 'dlt-original-offset': '1' });
      expect(String(deadLetter.headers?.['dlt-reason'])).toMatch(/^invalid event: .*JSON/i);
      await waitFor('the valid events applied', async () =>
        (await effectCount(store.db)) >= 2 ? true : undefined,
      );
      expect((await effects()).map((effect) => effect.seq)).toEqual([1, 3]);
      expect(calls).toEqual([[1, 3]]);
      expect(await messageCount(kafka, deadLetterTopic(topic))).toBe(1);
    } finally {
      await deadLetters.close();
    }
  });

  it('handles a failed batch one message at a time: the poison is dead-lettered, the rest apply', async () => {
    const user = randomUUID();
    const POISON = 5;
    const messages = messagesOf(user, range(1, 10));
    const deadLetters = await TopicReader.read(deadLetterTopic(topic));
    try {
      await producer.send({ topic, messages });
      await startConsumer(async (events, context) => {
        if (events.some((event) => seqOf(event) === POISON)) {
          throw new Error('the handler cannot cope with this one');
        }
        await recordEffects(events, context);
      });

      const [deadLetter] = await deadLetters.waitForMessages({ 'dlt-original-offset': '4' });
      expect(String(deadLetter.headers?.['dlt-reason'])).toBe(
        'handler failed after 3 attempts: the handler cannot cope with this one',
      );
      await waitFor('the nine others applied', async () =>
        (await effectCount(store.db)) >= 9 ? true : undefined,
      );
      const applied = await effects();
      expect(applied.map((effect) => effect.seq)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10]);
      // Each in a transaction of its own, after the batch's one attempt; the poison three times.
      expect(new Set(applied.map((effect) => effect.tx)).size).toBe(9);
      expect(calls).toEqual([
        range(1, 10),
        [1],
        [2],
        [3],
        [4],
        [5],
        [5],
        [5],
        ...[6, 7, 8, 9, 10].map((seq) => [seq]),
      ]);
      expect(await messageCount(kafka, deadLetterTopic(topic))).toBe(1);
    } finally {
      await deadLetters.close();
    }
  });

  it('retries a batch that failed for a transient reason as a whole, dead-lettering nothing', async () => {
    const user = randomUUID();
    await producer.send({ topic, messages: messagesOf(user, range(1, 10)) });
    let failures = 0;
    await startConsumer(async (events, context) => {
      await recordEffects(events, context);
      if (failures++ === 0) {
        throw Object.assign(new Error('could not serialize access'), { code: '40001' });
      }
    });

    await waitFor('ten events applied', async () =>
      (await effectCount(store.db)) >= 10 ? true : undefined,
    );
    const applied = await effects();
    expect(applied.map((effect) => effect.seq)).toEqual(range(1, 10));
    expect(new Set(applied.map((effect) => effect.tx)).size).toBe(1);
    expect(calls).toEqual([range(1, 10), range(1, 10)]);
    expect(await messageCount(kafka, deadLetterTopic(topic))).toBe(0);
  });

  it('finishes the batch in hand and commits it when stopped', async () => {
    const user = randomUUID();
    await producer.send({ topic, messages: messagesOf(user, range(1, 10)) });
    let started!: () => void;
    const handling = new Promise<void>((resolve) => (started = resolve));
    const groupId = uniqueName('group');
    const slowHandler = async (events: CloudEvent[], context: KafkaEventBatchContext) => {
      started();
      await new Promise((resolve) => setTimeout(resolve, 500));
      await recordEffects(events, context);
    };
    const first = await startConsumer(slowHandler, groupId);
    await handling;
    await first.stop();
    expect(await effectCount(store.db)).toBe(10);

    // The same group again: the offsets were committed, so only the new event is handed over.
    await producer.send({ topic, messages: messagesOf(user, [11]) });
    await startConsumer(slowHandler, groupId);
    await waitFor('the eleventh event applied', async () =>
      (await effectCount(store.db)) >= 11 ? true : undefined,
    );
    expect(calls).toEqual([range(1, 10), [11]]);
  });
});
