import { CloudEvent } from '@citypoints/contracts';
import { KafkaEventBatchContext } from '../nest/kafka-event-batch-context';
import { KafkaEventContext } from '../nest/kafka-event-context';

/** Applies one event's effect; in a transactional group, inside `context.tx`. */
export type EventHandler = (event: CloudEvent, context: KafkaEventContext) => Promise<void>;

/** Applies the effects of a partition's events of one type, in order, inside `context.tx`. */
export type EventBatchHandler = (
  events: CloudEvent[],
  context: KafkaEventBatchContext,
) => Promise<void>;

/** A batch handler given one event, as a batch of one in the event's own transaction. */
export function oneAtATime(handler: EventBatchHandler): EventHandler {
  return (event, { topic, partition, offset, tx }) =>
    handler([event], new KafkaEventBatchContext({ topic, partition, offsets: [offset], tx }));
}

/** A handler of one event given a batch: each event in turn, in the batch's transaction. */
export function inTurn(handler: EventHandler): EventBatchHandler {
  return async (events, { topic, partition, offsets, tx }) => {
    for (const [i, event] of events.entries()) {
      await handler(event, new KafkaEventContext({ topic, partition, offset: offsets[i], tx }));
    }
  };
}
