// An outbox relay in a process of its own, so that a test can SIGKILL it at a chosen moment:
// RELAY_STALL=before-publish or after-publish makes it announce that moment and hang there.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { createKafka, createOrderedProducer } from '../create-kafka';
import { KafkaOutboxPublisher } from '../outbox/kafka-outbox-publisher';
import { OutboxPublisher } from '../outbox/outbox-message';
import { OutboxRelay } from '../outbox/outbox-relay';

async function main(): Promise<void> {
  const db = new DataSource({ type: 'postgres', url: process.env.DATABASE_URL });
  await db.initialize();
  const producer = createOrderedProducer(
    createKafka('outbox-relay-process', (process.env.KAFKA_BROKERS ?? '').split(',')),
  );
  await producer.connect();
  const kafka = new KafkaOutboxPublisher(producer);
  const stall = process.env.RELAY_STALL;
  const publisher: OutboxPublisher = {
    publish: async (messages) => {
      if (stall === 'before-publish') return hang('stalled before publishing');
      await kafka.publish(messages);
      if (stall === 'after-publish') return hang('stalled after publishing');
    },
  };
  new OutboxRelay(db, publisher, { pollIntervalMs: 20 }).start();
}

function hang(announcement: string): Promise<void> {
  process.send?.(announcement);
  return new Promise(() => undefined);
}

void main();
