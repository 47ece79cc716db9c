import { CloudEvent, fromKafkaMessage, InvalidEventError } from '@citypoints/contracts';
import { Logger } from '@nestjs/common';
import { Consumer, EachMessagePayload, Kafka, KafkaJSError, KafkaMessage, Producer } from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ensureTopics } from '../ensure-topics';
import { messagingMetrics } from '../messaging-metrics';
import { KafkaEventContext, KafkaEventOrigin } from '../nest/kafka-event-context';
import { applyOnce } from './apply-once';
import { deadLetterRecord } from './dead-letter-record';
import { RetryPolicy, withRetries } from './with-retries';

/** Applies one event's effect; in a transactional group, inside `context.tx`. */
export type EventHandler = (event: CloudEvent, context: KafkaEventContext) => Promise<void>;

export interface IdempotentConsumerOptions {
  /** The group on Kafka, and the name its events are recorded under in processed_messages. */
  groupId: string;
  topics: string[];
  /** By event type; events of other types on these topics are not this consumer's business. */
  handlers: Record<string, EventHandler>;
  retry?: RetryPolicy;
  /** See ConsumerGroupOptions.transactional; default true. */
  transactional?: boolean;
  /** See ConsumerGroupOptions.everyReplica; default false. */
  everyReplica?: boolean;
}

type Outcome = 'applied' | 'duplicate' | 'ignored' | 'skipped' | 'dead-lettered';

/** The failure a consumer is retrying for as long as it takes, as readiness reports it. */
export interface TransientFailure {
  group: string;
  message: string;
}

/**
 * Exactly-once effects on Kafka's at-least-once delivery: each event id is recorded in the
 * same transaction as its effect, so a redelivered event changes nothing. A message that
 * cannot be decoded, or whose handler keeps failing, goes to the topic's dead-letter topic
 * with the reason, and the partition moves on. A transient failure (the database unreachable,
 * a serialization failure: see isTransientFailure) is retried instead, with capped backoff,
 * for as long as it takes, holding the partition meanwhile (see `transientFailure`). Messages
 * of one partition are handled one at a time, in order, so the events of one key apply in the
 * order they were published.
 * Non-transactional groups (see ConsumerGroupOptions) keep no record: their effects are
 * idempotent by themselves, and a failing handler is retried by Kafka instead.
 */
export class IdempotentConsumer {
  private readonly logger: Logger;
  private readonly retry: RetryPolicy;
  private readonly kafkaGroupId: string;
  private consumer?: Consumer;
  private isJoined = false;
  private stopping = new AbortController();
  private retrying?: TransientFailure;

  constructor(
    private readonly kafka: Kafka,
    private readonly db: DataSource | undefined,
    private readonly deadLetters: Producer,
    private readonly options: IdempotentConsumerOptions,
  ) {
    if ((options.transactional ?? true) && !db) {
      throw new Error(`consumer group ${options.groupId} is transactional: it needs a database`);
    }
    this.logger = new Logger(`IdempotentConsumer ${options.groupId}`);
    this.retry = options.retry ?? { attempts: 5, initialDelayMs: 100 };
    this.kafkaGroupId = options.everyReplica
      ? `${options.groupId}-${randomUUID()}`
      : options.groupId;
  }

  /** The failure being retried right now, if any: the service is not ready meanwhile. */
  get transientFailure(): TransientFailure | undefined {
    return this.retrying;
  }

  /** Whether the consumer has joined its group and holds its share of the partitions. */
  get joined(): boolean {
    return this.isJoined;
  }

  async start(): Promise<void> {
    await ensureTopics(this.kafka, this.options.topics);
    const consumer = this.kafka.consumer({
      groupId: this.kafkaGroupId,
      // A short long-poll, so that a stopping consumer is not held up by an idle fetch.
      maxWaitTimeInMs: 1000,
      // A replica that died is noticed within 10 s, and its partitions go to the others.
      sessionTimeout: 10_000,
    });
    consumer.on(consumer.events.GROUP_JOIN, () => (this.isJoined = true));
    consumer.on(consumer.events.CRASH, () => (this.isJoined = false));
    this.consumer = consumer;
    this.stopping = new AbortController();
    await consumer.connect();
    // A new shared group must not miss what was published before it; a live view starts now.
    const fromBeginning = !this.options.everyReplica;
    await consumer.subscribe({ topics: this.options.topics, fromBeginning });
    await consumer.run({ eachMessage: (payload) => this.handle(payload) });
  }

  /**
   * Finishes the message in hand, commits the offsets and leaves the group. A message being
   * retried for a transient failure is left uncommitted, for the next member to take over.
   */
  async stop(): Promise<void> {
    const consumer = this.consumer;
    this.consumer = undefined;
    this.isJoined = false;
    this.stopping.abort(new Error(`consumer group ${this.options.groupId} is stopping`));
    await consumer?.disconnect();
    // The group was this replica's alone: leave nothing behind in the cluster.
    if (consumer && this.options.everyReplica) await this.deleteGroup();
  }

  private async handle({ topic, partition, message, heartbeat }: EachMessagePayload) {
    const origin = { topic, partition, offset: message.offset };
    const outcome = await this.outcomeOf(origin, message, heartbeat);
    messagingMetrics.consumed.inc({ group: this.options.groupId, outcome });
  }

  private async outcomeOf(
    origin: KafkaEventOrigin,
    message: KafkaMessage,
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
      return this.refuse(origin, message, `invalid event: ${error.message}`);
    }
    const handler = this.options.handlers[event.type];
    if (!handler) return 'ignored';
    const db = this.db;
    // No database only when not transactional: the constructor made sure of it.
    if (this.options.transactional === false || !db) {
      // A failure throws: kafkajs retries the message, its offset uncommitted.
      await handler(event, new KafkaEventContext(origin));
      return 'applied';
    }
    try {
      const apply = () => applyOnce(db, this.options.groupId, event, handler, origin);
      return await this.applyPatiently(apply, heartbeat);
    } catch (error) {
      // Stopping, or a heartbeat refused in a rebalance: kafkajs redelivers it uncommitted.
      if (this.stopping.signal.aborted || error instanceof KafkaJSError) throw error;
      const reason = `handler failed after ${this.retry.attempts} attempts: ${(error as Error).message}`;
      return this.refuse(origin, message, reason);
    }
  }

  private async applyPatiently(
    apply: () => Promise<Outcome>,
    heartbeat: () => Promise<void>,
  ): Promise<Outcome> {
    const group = this.options.groupId;
    try {
      return await withRetries(apply, this.retry, {
        beforeRetry: heartbeat,
        signal: this.stopping.signal,
        onTransientFailure: (error) => {
          if (!this.retrying) this.logger.warn(`Retrying until it passes: ${String(error)}`);
          this.retrying = { group, message: (error as Error).message ?? String(error) };
          messagingMetrics.transientRetries.inc({ group });
        },
      });
    } finally {
      if (this.retrying) this.logger.log('No longer retrying the transient failure');
      this.retrying = undefined;
    }
  }

  private async refuse(
    origin: KafkaEventOrigin,
    message: KafkaMessage,
    reason: string,
  ): Promise<Outcome> {
    const where = `${origin.topic}[${origin.partition}]@${origin.offset}`;
    if (this.options.everyReplica) {
      this.logger.warn(`Skipping ${where}: ${reason}`);
      return 'skipped';
    }
    this.logger.warn(`Dead-lettering ${where}: ${reason}`);
    const record = deadLetterRecord(message, {
      topic: origin.topic,
      partition: origin.partition,
      consumerGroup: this.options.groupId,
      reason,
    });
    // If even this fails, the error stops the partition here and Kafka redelivers: nothing is lost.
    await this.deadLetters.send({ topic: record.topic, acks: -1, messages: [record.message] });
    return 'dead-lettered';
  }

  private async deleteGroup(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    await admin.deleteGroups([this.kafkaGroupId]).catch(() => undefined);
    await admin.disconnect();
  }
}
