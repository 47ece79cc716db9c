import { createEvent, deadLetterTopic, ParticipationVerified } from '@citypoints/contracts';
import {
  appendToOutbox,
  createKafka,
  createOrderedProducer,
  IdempotentConsumer,
  KafkaOutboxPublisher,
  MessagingTables1764028800000,
  OutboxRelay,
  OutboxTraceContext1796515200000,
  watchOutbox,
} from '@citypoints/messaging';
import {
  createTestDatabase,
  createTopics,
  TestDatabase,
  testConnection,
  uniqueName,
  waitFor,
} from '@citypoints/testing';
import { Module } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Kafka, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createServiceApp } from './create-service-app';
import { MetricsController } from './metrics.controller';
import { requestLogging } from './request-logging';

@Module({ imports: [requestLogging('probe', 'silent')], controllers: [MetricsController] })
class ProbeModule {}

// Issue 15: what an operator reads at /metrics moves with what the service does.
describe('/metrics of a service', () => {
  let app: NestFastifyApplication;
  let url: string;
  let database: TestDatabase;
  let db: DataSource;
  let kafka: Kafka;
  let producer: Producer;

  beforeAll(async () => {
    app = await createServiceApp('probe', { module: ProbeModule });
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
    database = await createTestDatabase();
    db = new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [MessagingTables1764028800000, OutboxTraceContext1796515200000],
    });
    await db.initialize();
    await db.runMigrations();
    kafka = createKafka('metrics-test', testConnection().KAFKA_BROKERS.split(','));
    producer = createOrderedProducer(kafka);
    await producer.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await db?.destroy();
    await database?.drop();
    await app?.close();
  });

  const scrape = async () => (await fetch(`${url}/metrics`)).text();
  /** The value of the series `name{labels}` (labels as written there), if it is reported. */
  const valueOf = (metrics: string, series: string) => {
    const line = metrics.split('\n').find((l) => l.startsWith(`${series} `));
    return line === undefined ? undefined : Number(line.slice(series.length + 1));
  };

  it('counts and times the requests it answers, by method, route and status', async () => {
    await scrape();
    const metrics = await scrape();
    const series = 'method="GET",route="/metrics",status="200"';
    expect(valueOf(metrics, `http_requests_total{${series}}`)).toBeGreaterThanOrEqual(1);
    expect(valueOf(metrics, `http_request_duration_seconds_count{${series}}`)).toBeGreaterThan(0);
  });

  it('shows an unpublished outbox row in the backlog until the relay publishes it', async () => {
    const unwatch = watchOutbox(db);
    const event = createEvent(
      ParticipationVerified,
      {
        participationId: randomUUID(),
        userId: randomUUID(),
        activityId: randomUUID(),
        points: 5,
        method: 'steward',
        verifiedAt: new Date().toISOString(),
      },
      { source: '/citypoints/tests', tenantid: 'test-town' },
    );
    const topic = uniqueName('outbox-metrics');
    await createTopics([topic], 1);
    await db.transaction((tx) => appendToOutbox(tx, [{ topic, key: 'k', event }]));
    const waiting = await scrape();
    expect(valueOf(waiting, 'citypoints_outbox_backlog')).toBe(1);
    expect(valueOf(waiting, 'citypoints_outbox_oldest_unpublished_age_seconds')).toBeGreaterThan(0);

    const relay = new OutboxRelay(db, new KafkaOutboxPublisher(producer), { pollIntervalMs: 20 });
    relay.start();
    try {
      await waitFor('the row to be published', async () =>
        valueOf(await scrape(), 'citypoints_outbox_backlog') === 0 ? true : undefined,
      );
      expect(valueOf(await scrape(), 'citypoints_outbox_oldest_unpublished_age_seconds')).toBe(0);
    } finally {
      await relay.stop();
      unwatch();
    }
  });

  it('counts a dead-lettered message by group, topic and reason, and reports the lag', async () => {
    const topic = uniqueName('dead-letter-metrics');
    const group = uniqueName('metrics-group');
    await createTopics([topic, deadLetterTopic(topic)], 1);
    const type = ParticipationVerified;
    // Of the type the group handles, but no CloudEvent: no id, source, time or tenant.
    await producer.send({
      topic,
      messages: [{ key: 'k', value: '{}', headers: { ce_type: type } }],
    });
    const consumer = new IdempotentConsumer(kafka, db, producer, {
      groupId: group,
      topics: [topic],
      handlers: { [type]: async () => undefined },
    });
    await consumer.start();
    try {
      const deadLetters = `citypoints_dead_letters_total{group="${group}",topic="${topic}",reason="invalid-event"}`;
      const lag = `citypoints_kafka_consumer_lag{group="${group}",topic="${topic}",partition="0"}`;
      // Committed once dead-lettered: nothing of the partition is left to consume.
      const counted = await waitFor(
        'the dead letter counted and its offset committed',
        async () => {
          const metrics = await scrape();
          const seen = [valueOf(metrics, deadLetters), valueOf(metrics, lag)];
          return seen[0] === 1 && seen[1] === 0 ? seen : undefined;
        },
      );
      expect(counted).toEqual([1, 0]);
    } finally {
      await consumer.stop();
    }
  });
});
