import { eventDefinition } from '@citypoints/contracts';
import { CustomTransportStrategy, MessageHandler, Server } from '@nestjs/microservices';
import { Kafka, Producer } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { DataSource } from 'typeorm';
import { EventBatchHandler, EventHandler } from '../consumer/event-handlers';
import { IdempotentConsumer, TransientFailure } from '../consumer/idempotent-consumer';
import { RetryPolicy } from '../consumer/with-retries';
import { ConsumerGroupDeclaration, consumerGroupOf } from './consumer-group.decorator';
import { IN_BATCHES } from './event-batch-pattern.decorator';

export interface KafkaEventTransportSettings {
  kafka: Kafka;
  /** Sends the dead letters; connected and disconnected by its owner (Messaging). */
  producer: Producer;
  /** Put before every topic and consumer group; see KAFKA_TOPIC_PREFIX. */
  topicPrefix: string;
  /** The service's database; needed only by transactional groups. */
  db?: DataSource;
  retry?: RetryPolicy;
}

interface GroupHandlers {
  group: ConsumerGroupDeclaration;
  handlers: Record<string, EventHandler>;
  batchHandlers: Record<string, EventBatchHandler>;
}

/**
 * A custom transport strategy of @nestjs/microservices: serves the `@EventPattern(<event
 * type>)` handlers of the application's controllers from Kafka, one IdempotentConsumer per
 * consumer group (see ConsumerGroup), reading the topics of the event types' producing
 * domains. A handler is called with the validated CloudEvent and a KafkaEventContext; an
 * `@EventBatchPattern` handler with a partition's events and a KafkaEventBatchContext.
 */
export class KafkaEventTransport extends Server implements CustomTransportStrategy {
  private readonly groups = new Map<string, GroupHandlers>();
  private consumers = new Map<string, IdempotentConsumer>();

  constructor(private readonly settings: KafkaEventTransportSettings) {
    super();
  }

  /**
   * Called by Nest for each handler. Kept apart by group rather than chained by pattern as
   * Nest's servers do, so that each group applies and records only its own handler.
   */
  override addHandler(
    pattern: unknown,
    callback: MessageHandler,
    isEventHandler = false,
    extras: Record<string, unknown> = {},
  ): void {
    const type = String(pattern);
    if (!isEventHandler) throw new Error(`@MessagePattern(${type}): Kafka events have no reply`);
    eventDefinition(type);
    const group = consumerGroupOf(extras, type);
    const entry = this.groups.get(group.name) ?? { group, handlers: {}, batchHandlers: {} };
    if (!sameOptions(entry.group, group)) {
      throw new Error(`consumer group ${group.name} is declared with different options`);
    }
    if (extras[IN_BATCHES] && !group.transactional) {
      throw new Error(`@EventBatchPattern(${type}): group ${group.name} is not transactional`);
    }
    if (entry.handlers[type] || entry.batchHandlers[type]) {
      throw new Error(`${type} has two handlers in group ${group.name}`);
    }
    const handler = async (payload: unknown, context: unknown) => {
      await lastValueFrom(this.transformToObservable(await callback(payload, context)), {
        defaultValue: undefined,
      });
    };
    if (extras[IN_BATCHES]) entry.batchHandlers[type] = handler;
    else entry.handlers[type] = handler;
    this.groups.set(group.name, entry);
  }

  /** Starts a consumer per group; called by Nest's startAllMicroservices. */
  async listen(callback: (error?: unknown) => void): Promise<void> {
    try {
      for (const [name, entry] of this.groups) this.consumers.set(name, this.consumerOf(entry));
      await Promise.all([...this.consumers.values()].map((consumer) => consumer.start()));
      callback();
    } catch (error) {
      callback(error);
    }
  }

  /** Finishes the messages in hand, commits their offsets and leaves the groups; once. */
  async close(): Promise<void> {
    const consumers = [...this.consumers.values()];
    this.consumers.clear();
    await Promise.all(consumers.map((consumer) => consumer.stop()));
  }

  /** Whether the consumer of group `name` (as declared, unprefixed) has joined it. */
  joined(name: string): boolean {
    return this.consumers.get(name)?.joined ?? false;
  }

  /** The transient failures the groups are retrying right now; empty when all is well. */
  transientFailures(): TransientFailure[] {
    return [...this.consumers.values()].flatMap((consumer) => consumer.transientFailure ?? []);
  }

  on(): never {
    throw new Error('KafkaEventTransport has no events to listen to');
  }

  unwrap<T>(): T {
    return this.settings.kafka as T;
  }

  private consumerOf({ group, handlers, batchHandlers }: GroupHandlers): IdempotentConsumer {
    const { kafka, producer, topicPrefix, db, retry } = this.settings;
    const types = [...Object.keys(handlers), ...Object.keys(batchHandlers)];
    const topics = new Set(types.map((type) => eventDefinition(type).topic));
    return new IdempotentConsumer(kafka, db, producer, {
      // Groups too: environments sharing a cluster must not share consumer groups.
      groupId: topicPrefix + group.name,
      topics: [...topics].map((topic) => topicPrefix + topic),
      handlers,
      batchHandlers,
      retry,
      transactional: group.transactional,
      everyReplica: group.everyReplica,
    });
  }
}

function sameOptions(a: ConsumerGroupDeclaration, b: ConsumerGroupDeclaration): boolean {
  return a.transactional === b.transactional && a.everyReplica === b.everyReplica;
}
