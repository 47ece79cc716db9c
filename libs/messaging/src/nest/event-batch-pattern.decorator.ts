import { EventPattern } from '@nestjs/microservices';

/** The `@EventPattern` extra that marks a handler as taking its events in batches. */
export const IN_BATCHES = 'inBatches';

/**
 * `@EventPattern(type)` for a handler that takes its events in batches (issue 11, item 3):
 * `(@Payload() events: CloudEvent<T>[], @Ctx() context: KafkaEventBatchContext)`. The events are
 * those of one batch of one Kafka partition (kafkajs's `eachBatch`), in offset order, so a key's
 * events keep their order; valid events of `type` only, each at most once for the group (ids
 * the group recorded before are left out). Their effects belong in `context.tx`: one Postgres
 * transaction for the whole batch, which also records every event's id, so that a batch applies
 * all or nothing and a redelivered event changes nothing (DESIGN.md §2, exactly-once effect).
 *
 * Errors, as for one event at a time: a message that is not a valid event never reaches the
 * handler and goes to `<topic>.dlt` with the reason (DESIGN.md §3). A transient failure
 * (isTransientFailure) retries the whole batch, for as long as it takes. Any other error rolls
 * the batch back and its messages are handled again one by one, each in a transaction of its
 * own (the handler then gets a batch of one): the event that fails again is dead-lettered after
 * the group's attempts, and the others apply. The offsets are committed once the batch (or
 * each message) has committed. Only for transactional consumer groups (see ConsumerGroup).
 */
export function EventBatchPattern(type: string): MethodDecorator {
  return EventPattern(type, { [IN_BATCHES]: true });
}
