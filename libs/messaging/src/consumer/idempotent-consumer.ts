import {
  CloudEvent,
  DomainError,
  fromKafkaMessage,
  InvalidEventError,
} from '@citypoints/contracts';
import { Logger } from '@nestjs/common';
import { Context, context, Link, Span, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import {
  Consumer,
  EachBatchPayload,
  EachMessagePayload,
  Kafka,
  KafkaJSError,
  KafkaMessage,
  Producer,
} from 'kafkajs';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ensureTopics } from '../ensure-topics';
import { DeadLetterReason, messagingMetrics } from '../messaging-metrics';
import { watchConsumerLag } from '../metrics/consumer-lag';
import { KafkaEventBatchContext } from '../nest/kafka-event-batch-context';
import { KafkaEventContext, KafkaEventOrigin } from '../nest/kafka-event-context';
import { withCorrelationId } from '../tracing/correlation-id';
import { messagingTracer } from '../tracing/messaging-tracer';
import { contextOfHeaders } from '../tracing/trace-context';
import { applyAllOnce, applyOnce, ReceivedEvent } from './apply-once';
import { deadLetterRecord } from './dead-letter-record';
import { EventBatchHandler, EventHandler, inTurn, oneAtATime } from './event-handlers';
import { runsOfOneType } from './runs-of-one-type';
import { RetryPolicy, withRetries } from './with-retries';

export interface IdempotentConsumerOptions {
  /** The group on Kafka, and the name its events are recorded under in processed_messages. */
  groupId: string;
  topics: string[];
  /** By event type; events of other types on these topics are not this consumer's business. */
  handlers: Record<string, EventHandler>;
  /**
   * By event type, handlers that take a partition's events in batches (see EventBatchPattern).
   * With any, the consumer reads whole batches, each applied in one transaction. Transactional
   * groups only.
   */
  batchHandlers?: Record<string, EventBatchHandler>;
  retry?: RetryPolicy;
  /** See ConsumerGroupOptions.transactional; default true. */
  transactional?: boolean;
  /** See ConsumerGroupOptions.everyReplica; default false. */
  everyReplica?: boolean;
}

type Outcome = 'applied' | 'duplicate' | 'ignored' | 'skipped' | 'dead-lettered';

/** What a message is to this consumer: an event it handles, a message to refuse, or neither. */
type Reading = { event: CloudEvent } | { invalid: string } | { ignored: true };

/** Why a message is refused, for its dead-letter record and for the metric. */
interface Refusal {
  reason: DeadLetterReason;
  detail: string;
}

type MessagePayload = Pick<EachMessagePayload, 'topic' | 'partition' | 'message' | 'heartbeat'>;

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
 * order they were published. With batch handlers, all of a partition's messages fetched together
 * apply in one transaction (see EventBatchPattern); a batch that fails is handled again one
 * message at a time, as above.
 * Non-transactional groups (see ConsumerGroupOptions) keep no record: their effects are
 * idempotent by themselves, and a failing handler is retried by Kafka instead.
 * Each message is handled in a `<topic> process` consumer span whose parent is the trace
 * context of its `traceparent` header, with its correlation id in the log lines meanwhile.
 */
export class IdempotentConsumer {
  private readonly logger: Logger;
  private readonly retry: RetryPolicy;
  private readonly kafkaGroupId: string;
  private consumer?: Consumer;
  private isJoined = false;
  private stopping = new AbortController();
  private retrying?: TransientFailure;
  /** Every handler, by event type, as a handler of one event and as a handler of batches. */
  private readonly oneByOne: Record<string, EventHandler>;
  private readonly inBatches: Record<string, EventBatchHandler>;
  private readonly takesBatches: boolean;
  private unwatchLag?: () => Promise<void>;

  constructor(
    private readonly kafka: Kafka,
    private readonly db: DataSource | undefined,
    private readonly deadLetters: Producer,
    private readonly options: IdempotentConsumerOptions,
  ) {
    if ((options.transactional ?? true) && !db) {
      throw new Error(`consumer group ${options.groupId} is transactional: it needs a database`);
    }
    const batchHandlers = options.batchHandlers ?? {};
    this.oneByOne = { ...options.handlers, ...mapValues(batchHandlers, oneAtATime) };
    this.inBatches = { ...mapValues(options.handlers, inTurn), ...batchHandlers };
    this.takesBatches = Object.keys(batchHandlers).length > 0;
    if (this.takesBatches && options.transactional === false) {
      throw new Error(
        `consumer group ${options.groupId}: only a transactional group takes batches`,
      );
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
    this.unwatchLag = watchConsumerLag({
      kafka: this.kafka,
      group: this.options.groupId,
      kafkaGroupId: this.kafkaGroupId,
      topics: this.options.topics,
    });
    await consumer.run(
      this.takesBatches
        ? // Resolved by hand: only what has committed, never a batch left half-way at a stop.
          { eachBatch: (payload) => this.handleBatch(payload), eachBatchAutoResolve: false }
        : { eachMessage: (payload) => this.handle(payload) },
    );
  }

  /**
   * Finishes the message (or batch) in hand, commits the offsets and leaves the group. A message being
   * retried for a transient failure is left uncommitted, for the next member to take over.
   */
  async stop(): Promise<void> {
    const consumer = this.consumer;
    this.consumer = undefined;
    this.isJoined = false;
    this.stopping.abort(new Error(`consumer group ${this.options.groupId} is stopping`));
    await this.unwatchLag?.();
    this.unwatchLag = undefined;
    await consumer?.disconnect();
    // The group was this replica's alone: leave nothing behind in the cluster.
    if (consumer && this.options.everyReplica) await this.deleteGroup();
  }

  private async handle({ topic, partition, message, heartbeat }: MessagePayload) {
    const origin = { topic, partition, offset: message.offset };
    // Another group's business: no span for it (a shared topic carries many types).
    if (this.notOurs(message)) {
      messagingMetrics.consumed.inc({ group: this.options.groupId, outcome: 'ignored' });
      return;
    }
    const { span, active } = this.processSpan(topic, message);
    const outcome = await context
      .with(active, () => this.outcomeOf(origin, message, heartbeat))
      .then(...ended<Outcome>(span));
    messagingMetrics.consumed.inc({ group: this.options.groupId, outcome });
  }

  // A consumer span for `message`, child of the context its headers carry, and the context to
  // handle it in: that span's, with the event's correlation id for the log lines.
  private processSpan(
    topic: string,
    message: KafkaMessage,
    links: Link[] = [],
  ): { span: Span; active: Context } {
    const parent = contextOfHeaders(message.headers);
    const header = (name: string) => message.headers?.[name]?.toString();
    const span = messagingTracer().startSpan(
      `${topic} process`,
      {
        kind: SpanKind.CONSUMER,
        links,
        attributes: {
          'messaging.system': 'kafka',
          'messaging.operation.type': 'process',
          'messaging.destination.name': topic,
          'messaging.consumer.group.name': this.options.groupId,
          'messaging.kafka.offset': Number(message.offset),
          ...(header('ce_id') && { 'messaging.message.id': header('ce_id') }),
          ...(header('ce_type') && { 'cloudevents.event_type': header('ce_type') }),
        },
      },
      parent,
    );
    const correlationId = header('ce_correlationid');
    const traced = trace.setSpan(parent, span);
    return { span, active: correlationId ? withCorrelationId(traced, correlationId) : traced };
  }

  private async outcomeOf(
    origin: KafkaEventOrigin,
    message: KafkaMessage,
    heartbeat: () => Promise<void>,
  ): Promise<Outcome> {
    const reading = this.read(message);
    if ('ignored' in reading) return 'ignored';
    if ('invalid' in reading) {
      return this.refuse(origin, message, { reason: 'invalid-event', detail: reading.invalid });
    }
    const { event } = reading;
    const handler = this.oneByOne[event.type];
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
      return this.refuse(origin, message, this.failureReason(error as Error));
    }
  }

  // A domain refusal is the handler's verdict on the event, tried once; anything else failed.
  private failureReason(error: Error): Refusal {
    return error instanceof DomainError
      ? { reason: 'refused', detail: `refused (${error.code}): ${error.message}` }
      : {
          reason: 'handler-failed',
          detail: `handler failed after ${this.retry.attempts} attempts: ${error.message}`,
        };
  }

  // Several groups may read one topic for different types: each judges only what it handles.
  private notOurs(message: KafkaMessage): boolean {
    const type = message.headers?.ce_type?.toString();
    return type !== undefined && !this.oneByOne[type];
  }

  private read(message: KafkaMessage): Reading {
    if (this.notOurs(message)) return { ignored: true };
    let event: CloudEvent;
    try {
      event = fromKafkaMessage(message);
    } catch (error) {
      if (!(error instanceof InvalidEventError)) throw error;
      return { invalid: `invalid event: ${error.message}` };
    }
    return this.oneByOne[event.type] ? { event } : { ignored: true };
  }

  /**
   * Applies the batch's events in one transaction, then dead-letters its invalid messages and
   * resolves its last offset. A batch that fails for good is handled one message at a time.
   */
  private async handleBatch(payload: EachBatchPayload): Promise<void> {
    const { topic, messages } = payload.batch;
    if (messages.length === 0 || !payload.isRunning() || payload.isStale()) return;
    // One message: its span is the batch's. More: a batch span linked to each message's
    // context, and a span of each message in its own trace, linked to the batch.
    if (messages.length === 1) {
      const { span, active } = this.processSpan(topic, messages[0]);
      return context.with(active, () => this.handleBatchTraced(payload)).then(...ended<void>(span));
    }
    const batchSpan = messagingTracer().startSpan(`${topic} process`, {
      root: true,
      kind: SpanKind.CONSUMER,
      links: messages.flatMap((message) => {
        const linked = trace.getSpanContext(contextOfHeaders(message.headers));
        return linked ? [{ context: linked }] : [];
      }),
      attributes: {
        'messaging.system': 'kafka',
        'messaging.operation.type': 'process',
        'messaging.destination.name': topic,
        'messaging.consumer.group.name': this.options.groupId,
        'messaging.batch.message_count': messages.length,
      },
    });
    const toBatch = [{ context: batchSpan.spanContext() }];
    const messageSpans = messages.map((message) => this.processSpan(topic, message, toBatch).span);
    return context
      .with(trace.setSpan(context.active(), batchSpan), () => this.handleBatchTraced(payload))
      .then(...ended<void>(batchSpan, ...messageSpans));
  }

  private async handleBatchTraced(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat } = payload;
    const { topic, partition, messages } = batch;
    const readings = messages.map((message) => ({ message, reading: this.read(message) }));
    const events = readings.flatMap(({ message, reading }) =>
      'event' in reading ? [{ event: reading.event, offset: message.offset }] : [],
    );
    let applied: ReceivedEvent[];
    try {
      applied = await this.applyBatch(topic, partition, events, heartbeat);
    } catch (error) {
      if (this.stopping.signal.aborted || error instanceof KafkaJSError) throw error;
      const where = `${topic}[${partition}]@${messages[0].offset}-${messages.at(-1)?.offset}`;
      this.logger.warn(`Handling ${where} one message at a time: ${(error as Error).message}`);
      return this.handleOneByOne(payload);
    }
    const count = (outcome: Outcome, n: number) => {
      if (n > 0) messagingMetrics.consumed.inc({ group: this.options.groupId, outcome }, n);
    };
    count('applied', applied.length);
    count('duplicate', events.length - applied.length);
    count('ignored', readings.filter(({ reading }) => 'ignored' in reading).length);
    for (const { message, reading } of readings) {
      if (!('invalid' in reading)) continue;
      const outcome = await this.refuse({ topic, partition, offset: message.offset }, message, {
        reason: 'invalid-event',
        detail: reading.invalid,
      });
      count(outcome, 1);
    }
    resolveOffset(messages[messages.length - 1].offset);
  }

  // A transient failure is retried for as long as it takes; any other is thrown at once.
  private async applyBatch(
    topic: string,
    partition: number,
    events: ReceivedEvent[],
    heartbeat: () => Promise<void>,
  ): Promise<ReceivedEvent[]> {
    const db = this.db;
    if (events.length === 0 || !db) return [];
    const apply = () =>
      applyAllOnce(db, this.options.groupId, events, (fresh, tx) =>
        this.applyInRuns(topic, partition, fresh, tx),
      );
    return this.applyPatiently(apply, heartbeat, { ...this.retry, attempts: 1 });
  }

  // Each run of consecutive events of one type goes to its handler, so the order holds.
  private async applyInRuns(
    topic: string,
    partition: number,
    events: ReceivedEvent[],
    tx: EntityManager,
  ): Promise<void> {
    for (const run of runsOfOneType(events, ({ event }) => event.type)) {
      const offsets = run.map(({ offset }) => offset);
      const context = new KafkaEventBatchContext({ topic, partition, offsets, tx });
      await this.inBatches[run[0].event.type](
        run.map(({ event }) => event),
        context,
      );
    }
  }

  // Stops at a stop or a rebalance: what is left is not resolved, so it is delivered again.
  private async handleOneByOne(payload: EachBatchPayload): Promise<void> {
    const { batch, resolveOffset, heartbeat, isRunning, isStale, commitOffsetsIfNecessary } =
      payload;
    for (const message of batch.messages) {
      if (!isRunning() || isStale()) return;
      await this.handle({ topic: batch.topic, partition: batch.partition, message, heartbeat });
      resolveOffset(message.offset);
      await commitOffsetsIfNecessary();
    }
  }

  private async applyPatiently<T>(
    apply: () => Promise<T>,
    heartbeat: () => Promise<void>,
    policy = this.retry,
  ): Promise<T> {
    const group = this.options.groupId;
    try {
      return await withRetries(apply, policy, {
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
    { reason, detail }: Refusal,
  ): Promise<Outcome> {
    const where = `${origin.topic}[${origin.partition}]@${origin.offset}`;
    if (this.options.everyReplica) {
      this.logger.warn(`Skipping ${where}: ${detail}`);
      return 'skipped';
    }
    this.logger.warn(`Dead-lettering ${where}: ${detail}`);
    const record = deadLetterRecord(message, {
      topic: origin.topic,
      partition: origin.partition,
      consumerGroup: this.options.groupId,
      reason: detail,
    });
    // If even this fails, the error stops the partition here and Kafka redelivers: nothing is lost.
    await this.deadLetters.send({ topic: record.topic, acks: -1, messages: [record.message] });
    const group = this.options.groupId;
    messagingMetrics.deadLettered.inc({ group, topic: origin.topic, reason });
    trace.getActiveSpan()?.addEvent('dead-lettered', { 'citypoints.dead_letter.reason': reason });
    return 'dead-lettered';
  }

  private async deleteGroup(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    await admin.deleteGroups([this.kafkaGroupId]).catch(() => undefined);
    await admin.disconnect();
  }
}

function mapValues<A, B>(record: Record<string, A>, map: (value: A) => B): Record<string, B> {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
}

/**
 * `then` callbacks that end `spans` whichever way the work went, recording a failure on them,
 * and pass its result or error on.
 */
function ended<T>(...spans: Span[]): [(value: T) => T, (error: unknown) => never] {
  return [
    (value) => {
      for (const span of spans) span.end();
      return value;
    },
    (error) => {
      for (const span of spans) {
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message });
        span.end();
      }
      throw error;
    },
  ];
}
