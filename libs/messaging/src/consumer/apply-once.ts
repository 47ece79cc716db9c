import { CloudEvent } from '@citypoints/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { KafkaEventContext, KafkaEventOrigin } from '../nest/kafka-event-context';

/** An event as read from its partition, with its offset. */
export interface ReceivedEvent {
  event: CloudEvent;
  offset: string;
}

/**
 * Applies `handler` to `event` in one transaction with the record of the event's id for
 * `consumerGroup` (table `processed_messages`): 'applied' the first time, 'duplicate' (and
 * nothing applied) on every redelivery. A handler's error rolls both back.
 */
export async function applyOnce(
  db: DataSource,
  consumerGroup: string,
  event: CloudEvent,
  handler: (event: CloudEvent, context: KafkaEventContext) => Promise<void>,
  origin: KafkaEventOrigin,
): Promise<'applied' | 'duplicate'> {
  const applied = await applyAllOnce(
    db,
    consumerGroup,
    [{ event, offset: origin.offset }],
    (_, tx) => handler(event, new KafkaEventContext({ ...origin, tx })),
  );
  return applied.length > 0 ? 'applied' : 'duplicate';
}

/**
 * Records the ids of `events` for `consumerGroup` and applies `apply` to those not recorded
 * before (the first of each id, in their order), all in one transaction; `apply` is not called
 * when there are none. Returns the events applied. An error rolls back the records and every
 * effect of the batch.
 */
export function applyAllOnce(
  db: DataSource,
  consumerGroup: string,
  events: ReceivedEvent[],
  apply: (fresh: ReceivedEvent[], tx: EntityManager) => Promise<void>,
): Promise<ReceivedEvent[]> {
  return db.transaction(async (tx) => {
    const recorded: { event_id: string }[] = await tx.query(
      `INSERT INTO processed_messages (consumer_group, event_id)
       SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING RETURNING event_id`,
      [consumerGroup, [...new Set(events.map(({ event }) => idOf(event)))]],
    );
    const fresh = new Set(recorded.map((row) => row.event_id));
    // A Set's delete answers whether the id was there: a second copy in the batch is not fresh.
    const applied = events.filter(({ event }) => fresh.delete(idOf(event)));
    if (applied.length > 0) await apply(applied, tx);
    return applied;
  });
}

// Postgres answers a uuid in lower case, whatever case the producer wrote it in.
function idOf(event: CloudEvent): string {
  return event.id.toLowerCase();
}
