import { deadLetterTopic, toKafkaMessage } from '@citypoints/contracts';
import { findFreePorts, startOwnPostgres, stopOwnPostgres } from '@citypoints/local-infra';
import { createTopics, uniqueName, waitFor } from '@citypoints/testing';
import { Kafka, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { register } from 'prom-client';
import { DataSource } from 'typeorm';
import { createKafka, createOrderedProducer } from '../create-kafka';
import {
  brokers,
  effectCount,
  messageCount,
  openMessagingDatabase,
  recordEffect,
  testEvent,
} from '../testing/messaging-test-kit';
import { IdempotentConsumer } from './idempotent-consumer';

// The database is stopped here, so it is a server of this test's own, never the shared one.
describe('IdempotentConsumer when its database goes away', () => {
  let dir: string;
  let port: number;
  let db: DataSource;
  let kafka: Kafka;
  let producer: Producer;
  let consumer: IdempotentConsumer;
  const topic = uniqueName('failover-test');
  const groupId = uniqueName('group');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'citypoints-failover-'));
    [port] = await findFreePorts(1);
    db = await openMessagingDatabase(await startOwnPostgres(dir, port));
    kafka = createKafka('failover-test', brokers());
    producer = createOrderedProducer(kafka);
    await producer.connect();
    await createTopics([topic, deadLetterTopic(topic)], 1);
    consumer = new IdempotentConsumer(kafka, db, producer, {
      groupId,
      topics: [topic],
      handlers: { [testEvent(randomUUID(), 1).type]: recordEffect },
      retry: { attempts: 3, initialDelayMs: 50, maxDelayMs: 500 },
    });
    await consumer.start();
  }, 60_000);

  afterAll(async () => {
    await consumer?.stop();
    await producer?.disconnect();
    await db?.destroy();
    await stopOwnPostgres(dir);
    rmSync(dir, { recursive: true, force: true });
  });

  it('applies every event once after a five-second outage, dead-lettering none', async () => {
    const user = randomUUID();
    const events = Array.from({ length: 30 }, (_, i) => testEvent(user, i + 1));
    const send = (from: number, to: number) =>
      producer.send({
        topic,
        messages: events.slice(from, to).map((event) => toKafkaMessage(event, user)),
      });
    await send(0, 10);
    await waitFor('the first ten applied', async () =>
      (await effectCount(db)) === 10 ? true : undefined,
    );

    await stopOwnPostgres(dir);
    for (let i = 10; i < 30; i += 5) {
      await send(i, i + 5);
      await sleep(1_000);
    }
    const failure = await waitFor(
      'the consumer to report its retrying',
      async () => consumer.transientFailure,
    );
    expect(failure.group).toBe(groupId);
    // Whichever way the stop reached the pool: refused, terminated, shutting down, timed out.
    expect(failure.message).toMatch(/ECONNREFUSED|terminat|connect|shutting down|starting up/i);
    await sleep(1_000);
    await startOwnPostgres(dir, port);

    await waitFor('all thirty applied', async () =>
      (await effectCount(db)) >= 30 ? true : undefined,
    );
    const rows: { seq: number; n: number }[] = await db.query(
      `SELECT seq, count(*)::int AS n FROM effect GROUP BY seq ORDER BY min(id)`,
    );
    expect(rows.map((row) => row.seq)).toEqual(events.map((_, i) => i + 1));
    expect(rows.every((row) => row.n === 1)).toBe(true);
    expect(consumer.transientFailure).toBeUndefined();
    expect(await messageCount(kafka, deadLetterTopic(topic))).toBe(0);
    expect(await retriesCounted()).toBeGreaterThan(0);
  }, 60_000);

  async function retriesCounted(): Promise<number> {
    const metric = await register
      .getSingleMetric('citypoints_messages_transient_retries_total')
      ?.get();
    return metric?.values.find((value) => value.labels.group === groupId)?.value ?? 0;
  }
});
