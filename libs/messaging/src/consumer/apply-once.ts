import { CloudEvent } from '@citypoints/contracts';
import { DataSource } from 'typeorm';
import { KafkaEventContext, KafkaEventOrigin } from '../nest/kafka-event-context';

/**
 * Applies `handler` to `event` in one transaction with the record of the event's id for
 * `consumerGroup` (table `processed_messages`): 'applied' the first time, 'duplicate' (and
 * nothing applied) on every redelivery. A handler's error rolls both back.
 */
export function applyOnce(
  db: DataSource,
  consumerGroup: string,
  event: CloudEvent,
  handler: (event: CloudEvent, context: KafkaEventContext) => Promise<void>,
  origin: KafkaEventOrigin,
): Promise<'applied' | 'duplicate'> {
  return db.transaction(async (tx) => {
    const recorded = await tx.query(
      `INSERT INTO processed_messages (consumer_group, event_id) VALUES ($1, $2)
       ON CONFLICT DO NOTHING RETURNING event_id`,
      [consumerGroup, event.id],
    );
    if (recorded.length === 0) return 'duplicate';
    await handler(event, new KafkaEventContext({ ...origin, tx }));
    return 'applied';
  });
}
