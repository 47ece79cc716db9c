import {
  CloudEvent,
  fromKafkaMessage,
  IncomingKafkaMessage,
  SessionsRevoked,
  SessionsRevokedV1,
  Topics,
} from '@citypoints/contracts';
import { createKafka } from '@citypoints/messaging';
import { Logger } from '@nestjs/common';
import { Consumer, Kafka } from 'kafkajs';
import { ensureTopic } from '../events/ensure-topic';
import { SessionGenerations } from './session-generations';

/**
 * identity's SessionsRevoked events, written to SessionGenerations. All replicas share ONE
 * consumer group: they share one Redis, so each event needs handling once. Raising a
 * generation only upward makes a redelivered event change nothing.
 */
export class SessionRevocationFeed {
  private readonly logger = new Logger('session-revocation-feed');
  private readonly kafka: Kafka;
  private readonly topic: string;
  private readonly groupId: string;
  private consumer?: Consumer;
  private joined = false;

  constructor(
    brokers: string[],
    topicPrefix: string,
    private readonly generations: SessionGenerations,
  ) {
    this.kafka = createKafka('gateway', brokers);
    this.topic = topicPrefix + Topics.identity;
    this.groupId = `${topicPrefix}gateway-session-revocations`;
  }

  get ready(): boolean {
    return this.joined;
  }

  async start(): Promise<void> {
    await ensureTopic(this.kafka, this.topic);
    // Short waits, so that a replica stopping or joining does not hold the others up for long.
    const consumer = this.kafka.consumer({
      groupId: this.groupId,
      maxWaitTimeInMs: 1000,
      sessionTimeout: 10_000,
    });
    consumer.on(consumer.events.GROUP_JOIN, () => (this.joined = true));
    consumer.on(consumer.events.CRASH, () => (this.joined = false));
    await consumer.connect();
    // From the beginning when the group is new: a revocation must not be missed.
    await consumer.subscribe({ topic: this.topic, fromBeginning: true });
    await consumer.run({ eachMessage: ({ message }) => this.apply(message) });
    this.consumer = consumer;
  }

  async stop(): Promise<void> {
    this.joined = false;
    await this.consumer?.disconnect();
  }

  private async apply(message: IncomingKafkaMessage): Promise<void> {
    // identity's other events are not the gateway's business.
    if (message.headers?.ce_type?.toString() !== SessionsRevoked) return;
    let event: CloudEvent;
    try {
      event = fromKafkaMessage(message);
    } catch (error) {
      // identity validates its events before publishing: this is a fault to look into.
      this.logger.error(`skipped a malformed SessionsRevoked: ${(error as Error).message}`);
      return;
    }
    const { userId, generation } = event.data as SessionsRevokedV1;
    // A Redis failure throws: kafkajs then retries the message, offsets uncommitted.
    await this.generations.raise(event.tenantid, userId, generation);
  }
}
