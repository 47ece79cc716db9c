import { CloudEvent, fromKafkaMessage, InvalidEventError } from '@citypoints/contracts';
import { Logger } from '@nestjs/common';
import { Consumer, EachMessagePayload, Kafka, Producer } from 'kafkajs';
import { DataSource, EntityManager } from 'typeorm';
import { ensureTopics } from '../ensure-topics';
import { messagingMetrics } from '../messaging-metrics';
import { deadLetterRecord } from './dead-letter-record';
import { RetryPolicy, withRetries } from './with-retries';

/** Applies one event's effect inside `tx`, the transaction that also records it as handled. */
export type EventHandler = (event: CloudEvent, tx: EntityManager) => Promise<void>;

export interface IdempotentConsumerOptions {
  groupId: string;
  topics: string[];
  /** By event type; events of other types on these topics are not this consumer's business. */
  handlers: Record<string, EventHandler>;
  retry?: RetryPolicy;
}

type Outcome = 'applied' | 'duplicate' | 'ignored' | 'dead-lettered';

/**
 * Exactly-once effects on Kafka's at-least-once delivery: each event id is recorded in the
 * same transaction as its effect, so a redelivered event changes nothing. A message that
 * cannot be decoded, or whose handler keeps failing, goes to the topic's dead-letter topic
 * with the reason, and the partition moves on.
 */
export class IdempotentConsumer {
  private readonly logger: Logger;
  private readonly retry: RetryPolicy;
  private consumer?: Consumer;

  constructor(
    private readonly kafka: Kafka,
    private readonly db: DataSource,
    private readonly deadLetters: Producer,
    private readonly options: IdempotentConsumerOptions,
  ) {
    this.logger = new Logger(`IdempotentConsumer ${options.groupId}`);
    this.retry = options.retry ?? { attempts: 5, initialDelayMs: 100 };
  }

  async start(): Promise<void> {
    await ensureTopics(this.kafka, this.options.topics);
    this.consumer = this.kafka.consumer({
      groupId: this.options.groupId,
      // A short long-poll, so that a stopping consumer is not held up by an idle fetch.
      maxWaitTimeInMs: 1000,
      // A replica that died is noticed within 10 s, and its partitions go to the others.
      sessionTimeout: 10_000,
    });
    await this.consumer.connect();
    // From the beginning: a new consumer group must not miss what was published before it.
    await this.consumer.subscribe({ topics: this.options.topics, fromBeginning: true });
    await this.consumer.run({ eachMessage: (payload) => this.handle(payload) });
  }

  /** Finishes the message in hand, commits the offsets and leaves the group. */
  async stop(): Promise<void> {
    await this.consumer?.disconnect();
    this.consumer = undefined;
  }

  private async handle({
    topic,
    partition,
    message,
    heartbeat,
  }: EachMessagePayload): Promise<void> {
    const outcome = await this.outcomeOf(topic, partition, message, heartbeat);
    messagingMetrics.consumed.inc({ group: this.options.groupId, outcome });
  }

  private async outcomeOf(
    topic: string,
    partition: number,
    message: EachMessagePayload['message'],
    heartbeat: () => Promise<void>,
  ): Promise<Outcome> {
    // Several groups may read one topic for different types: each judges only what it handles.
    const type = message.headers?.ce_type?.toString();
    if (type !== undefined && !this.options.handlers[type]) return 'ignored';
    let event: CloudEvent;
    try {
      event = fromKafkaMessage(message);
    } catch (error) {
      if (!(error instanceof InvalidEventError)) throw error;
      return this.deadLetter(topic, partition, message, `invalid event: ${error.message}`);
    }
    const handler = this.options.handlers[event.type];
    if (!handler) return 'ignored';
    try {
      return await withRetries(() => this.applyOnce(event, handler), this.retry, heartbeat);
    } catch (error) {
      const reason = `handler failed after ${this.retry.attempts} attempts: ${(error as Error).message}`;
      return this.deadLetter(topic, partition, message, reason);
    }
  }

  private applyOnce(event: CloudEvent, handler: EventHandler): Promise<Outcome> {
    return this.db.transaction(async (tx) => {
      const recorded = await tx.query(
        `INSERT INTO processed_messages (consumer_group, event_id) VALUES ($1, $2)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [this.options.groupId, event.id],
      );
      if (recorded.length === 0) return 'duplicate';
      await handler(event, tx);
      return 'applied';
    });
  }

  private async deadLetter(
    topic: string,
    partition: number,
    message: EachMessagePayload['message'],
    reason: string,
  ): Promise<Outcome> {
    this.logger.warn(`Dead-lettering ${topic}[${partition}]@${message.offset}: ${reason}`);
    const record = deadLetterRecord(message, {
      topic,
      partition,
      consumerGroup: this.options.groupId,
      reason,
    });
    // If even this fails, the error stops the partition here and Kafka redelivers: nothing is lost.
    await this.deadLetters.send({ topic: record.topic, acks: -1, messages: [record.message] });
    return 'dead-lettered';
  }
}
