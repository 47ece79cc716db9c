import { CloudEvent, fromKafkaMessage, Topics } from '@citypoints/contracts';
import { createKafka } from '@citypoints/messaging';
import { Logger } from '@nestjs/common';
import { Consumer, Kafka } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { accountsOf } from './accounts-of';
import { ensureTopic } from './ensure-topic';

type Listener = (event: CloudEvent) => void;

/**
 * The ledger's events for the people connected to this replica. Each replica reads the whole
 * topic in a consumer group of its own (fan-out), from the latest offset: a live view, not a
 * history, which /me/history gives.
 */
export class LedgerEventFeed {
  private readonly logger = new Logger('ledger-event-feed');
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly kafka: Kafka;
  private readonly groupId = `gateway-events-${randomUUID()}`;
  private readonly topic: string;
  private consumer?: Consumer;
  private joined = false;

  constructor(brokers: string[], topicPrefix: string) {
    this.kafka = createKafka('gateway', brokers);
    this.topic = topicPrefix + Topics.ledger;
  }

  get ready(): boolean {
    return this.joined;
  }

  /** Calls `listener` with each event of the person's account; returns the unsubscribe. */
  subscribe(tenant: string, userId: string, listener: Listener): () => void {
    const key = `${tenant}/${userId}`;
    const set = this.listeners.get(key) ?? new Set();
    set.add(listener);
    this.listeners.set(key, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
    };
  }

  async start(): Promise<void> {
    await ensureTopic(this.kafka, this.topic);
    const consumer = this.kafka.consumer({ groupId: this.groupId });
    consumer.on(consumer.events.GROUP_JOIN, () => (this.joined = true));
    consumer.on(consumer.events.CRASH, () => (this.joined = false));
    await consumer.connect();
    await consumer.subscribe({ topic: this.topic, fromBeginning: false });
    await consumer.run({ eachMessage: async ({ message }) => this.deliver(message) });
    this.consumer = consumer;
  }

  async stop(): Promise<void> {
    this.joined = false;
    await this.consumer?.disconnect();
    // The group was this replica's alone: leave nothing behind in the cluster.
    const admin = this.kafka.admin();
    await admin.connect();
    await admin.deleteGroups([this.groupId]).catch(() => undefined);
    await admin.disconnect();
  }

  private deliver(message: Parameters<typeof fromKafkaMessage>[0]): void {
    let event: CloudEvent;
    try {
      event = fromKafkaMessage(message);
    } catch (error) {
      // The ledger's own consumers dead-letter it; a live view just skips it.
      this.logger.warn(`skipped a malformed ledger message: ${(error as Error).message}`);
      return;
    }
    for (const account of accountsOf(event)) {
      for (const listener of this.listeners.get(`${event.tenantid}/${account}`) ?? []) {
        listener(event);
      }
    }
  }
}
