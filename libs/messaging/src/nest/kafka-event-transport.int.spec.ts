import {
  CloudEvent,
  createEvent,
  deadLetterTopic,
  ParticipationVerified,
  ParticipationVerifiedV1,
  RedemptionRequested,
  RedemptionRequestedV1,
  toKafkaMessage,
  Topics,
} from '@citypoints/contracts';
import { uniqueName, waitFor } from '@citypoints/testing';
import { Controller, Global, INestApplication, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { Kafka, KafkaMessage, Producer } from 'kafkajs';
import { DataSource } from 'typeorm';
import { createKafka, createOrderedProducer } from '../create-kafka';
import {
  brokers,
  effectCount,
  messagingTestDatabase,
  MessagingTestDatabase,
  recordEffect,
  testEvent,
} from '../testing/messaging-test-kit';
import { ConsumerGroup } from './consumer-group.decorator';
import { EventBatchPattern } from './event-batch-pattern.decorator';
import { KafkaEventBatchContext } from './kafka-event-batch-context';
import { KafkaEventContext } from './kafka-event-context';
import { MessagingModule } from './messaging.module';
import { startKafkaHandlers } from './start-kafka-handlers';

const POISON = 666;
const delivered: { id: string; topic: string; offset: string }[] = [];

@Controller()
@ConsumerGroup('earnings-probe')
class ParticipationVerifiedProbe {
  @EventPattern(ParticipationVerified)
  async earn(
    @Payload() event: CloudEvent<ParticipationVerifiedV1>,
    @Ctx() context: KafkaEventContext,
  ): Promise<void> {
    delivered.push({ id: event.id, topic: context.topic, offset: context.offset });
    if (event.data.points === POISON) throw new Error('the handler cannot cope with this one');
    await recordEffect(event, context);
  }
}

const batches: { ids: string[]; topic: string; offsets: string[]; tx: string }[] = [];

@Controller()
@ConsumerGroup('redemptions-probe')
class RedemptionRequestedBatchProbe {
  @EventBatchPattern(RedemptionRequested)
  async spend(
    @Payload() events: CloudEvent<RedemptionRequestedV1>[],
    @Ctx() { topic, offsets, tx }: KafkaEventBatchContext,
  ): Promise<void> {
    const [{ id }] = await tx.query(`SELECT txid_current()::text AS id`);
    batches.push({ ids: events.map((event) => event.id), topic, offsets, tx: id });
  }
}

describe('an @EventPattern handler served by KafkaEventTransport', () => {
  let store: MessagingTestDatabase;
  let kafka: Kafka;
  let producer: Producer;
  let app: INestApplication;
  let topic: string;

  beforeAll(async () => {
    store = await messagingTestDatabase();
    kafka = createKafka('kafka-event-transport-test', brokers());
    producer = createOrderedProducer(kafka);
    await producer.connect();
    const topicPrefix = `${uniqueName('transport')}.`;
    topic = topicPrefix + Topics.verification;

    @Global()
    @Module({ providers: [{ provide: DataSource, useValue: store.db }], exports: [DataSource] })
    class TestDatabaseModule {}

    @Module({
      imports: [
        TestDatabaseModule,
        MessagingModule.forRoot({ clientId: 'probe', brokers: brokers(), topicPrefix }),
      ],
      controllers: [ParticipationVerifiedProbe, RedemptionRequestedBatchProbe],
    })
    class ProbeModule {}

    app = await NestFactory.create(ProbeModule, new FastifyAdapter(), { logger: ['error'] });
    await app.init();
    await startKafkaHandlers(app);
  });

  afterAll(async () => {
    await app?.close();
    await producer.disconnect();
    await store.close();
  });

  it('gets a valid event once, however often it is delivered, with its topic and offset', async () => {
    const user = randomUUID();
    const event = testEvent(user, 1);
    const message = toKafkaMessage(event, user);
    const marker = testEvent(user, 2);
    await producer.send({ topic, messages: [message, message, message] });
    await producer.send({ topic, messages: [toKafkaMessage(marker, user)] });

    await waitFor('the marker event applied', async () =>
      (await effectCount(store.db)) === 2 ? true : undefined,
    );
    const [{ count }] = await store.db.query(
      `SELECT count(*)::int AS count FROM effect WHERE event_id = $1`,
      [event.id],
    );
    expect(count).toBe(1);
    // The redeliveries stop at the record of the event id: the handler sees the event once.
    expect(delivered).toEqual([
      { id: event.id, topic, offset: '0' },
      { id: marker.id, topic, offset: '3' },
    ]);
  });

  it('dead-letters a malformed event and a failing handler with the reasons, and moves on', async () => {
    const user = randomUUID();
    const valid = toKafkaMessage(testEvent(user, 2), user);
    const poison = testEvent(user, POISON);
    await producer.send({
      topic,
      messages: [
        { ...valid, value: '{not json' },
        toKafkaMessage(poison, user),
        toKafkaMessage(testEvent(user, 3), user),
      ],
    });

    await waitFor('the good event applied', async () =>
      (await effectCount(store.db)) === 3 ? true : undefined,
    );
    const deadLetters = await readAll(deadLetterTopic(topic), 2);
    const reasons = deadLetters.map((message) => String(message.headers?.['dlt-reason']));
    expect(reasons[0]).toMatch(/^invalid event: .*JSON/i);
    expect(reasons[1]).toBe(
      'handler failed after 5 attempts: the handler cannot cope with this one',
    );
    expect(String(deadLetters[1].headers?.ce_id)).toBe(poison.id);
    expect(String(deadLetters[1].headers?.['dlt-consumer-group'])).toMatch(/\.earnings-probe$/);
  });

  it('gives an @EventBatchPattern handler the events of a batch with their offsets and transaction', async () => {
    const user = randomUUID();
    const requests = [10, 20, 30].map((points) =>
      createEvent(
        RedemptionRequested,
        { redemptionId: randomUUID(), userId: user, offerId: randomUUID(), points },
        { source: '/citypoints/tests', tenantid: 'test-town' },
      ),
    );
    const rewards = topic.replace(Topics.verification, Topics.rewards);
    await producer.send({
      topic: rewards,
      messages: requests.map((request) => toKafkaMessage(request, user)),
    });

    await waitFor('the requests handled', async () =>
      batches.flatMap((batch) => batch.ids).length === 3 ? true : undefined,
    );
    const [batch, ...more] = batches;
    expect(more).toHaveLength(0);
    expect(batch).toEqual({
      ids: requests.map((request) => request.id),
      topic: rewards,
      offsets: ['0', '1', '2'],
      tx: expect.stringMatching(/^\d+$/),
    });
    const [{ count }] = await store.db.query(
      `SELECT count(*)::int AS count FROM processed_messages WHERE event_id = ANY($1)`,
      [requests.map((request) => request.id)],
    );
    expect(count).toBe(3);
  });

  async function readAll(from: string, count: number): Promise<KafkaMessage[]> {
    const reader = kafka.consumer({ groupId: uniqueName('dlt-reader') });
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
