import { UseFilters } from '@nestjs/common';
import { PATTERN_EXTRAS_METADATA, PATTERN_METADATA } from '@nestjs/microservices/constants';
import { PassErrorsToTransport } from './pass-errors-to-transport.filter';

/** How the handlers of a consumer group take their events. */
export interface ConsumerGroupOptions {
  /**
   * true (the default): each event's effect and the record of its id commit in one Postgres
   * transaction (the handler's `tx`; a whole batch's for an `@EventBatchPattern` handler), so a
   * redelivered event changes nothing; a handler that keeps failing dead-letters its event.
   * false: no transaction and no record, and no batches, for effects
   * outside Postgres (Redis, a live view) that are idempotent by themselves; a failing handler
   * is retried by Kafka, the partition waiting, until it succeeds.
   */
  transactional?: boolean;
  /**
   * true: every replica reads every event, in a group of its own that starts at the latest
   * offset and is deleted when the replica stops (a live view, not a history). A malformed
   * message is skipped with a warning: the shared groups of the topic dead-letter it.
   * Not transactional. Default false: the replicas share the group and its partitions, and a
   * new group starts at the beginning of its topics.
   */
  everyReplica?: boolean;
}

/** A consumer group as KafkaEventTransport reads it from a handler's `@EventPattern` extras. */
export type ConsumerGroupDeclaration = Required<ConsumerGroupOptions> & { name: string };

/**
 * Puts every `@EventPattern` handler of the class in the consumer group `name` (prefixed with
 * KAFKA_TOPIC_PREFIX on Kafka), and hands their errors to the transport as thrown. The group
 * reads the topics of the producing domains of the event types it handles.
 */
export function ConsumerGroup(name: string, options: ConsumerGroupOptions = {}): ClassDecorator {
  const group: ConsumerGroupDeclaration = {
    name,
    transactional: options.transactional ?? !options.everyReplica,
    everyReplica: options.everyReplica ?? false,
  };
  if (group.everyReplica && group.transactional) {
    throw new Error(`consumer group ${name}: a group of every replica cannot be transactional`);
  }
  return (target) => {
    for (const handler of patternHandlersOf(target.prototype)) {
      const extras = Reflect.getMetadata(PATTERN_EXTRAS_METADATA, handler);
      Reflect.defineMetadata(PATTERN_EXTRAS_METADATA, { ...extras, consumerGroup: group }, handler);
    }
    UseFilters(new PassErrorsToTransport())(target);
  };
}

/** The consumer group declared for a handler, from its extras; throws if there is none. */
export function consumerGroupOf(extras: Record<string, unknown>, pattern: string) {
  const group = extras.consumerGroup as ConsumerGroupDeclaration | undefined;
  if (!group) throw new Error(`@EventPattern(${pattern}) has no consumer group: see ConsumerGroup`);
  return group;
}

function patternHandlersOf(prototype: object): object[] {
  return Object.getOwnPropertyNames(prototype)
    .map((key) => Object.getOwnPropertyDescriptor(prototype, key)?.value)
    .filter((value) => typeof value === 'function' && Reflect.hasMetadata(PATTERN_METADATA, value));
}
