import { EntityManager } from 'typeorm';
import { OutboxMessage } from './outbox-message';

/**
 * Records events in the same transaction as the state change they describe, so that they are
 * published if and only if the change commits.
 */
export async function appendToOutbox(tx: EntityManager, messages: OutboxMessage[]): Promise<void> {
  if (!tx.queryRunner?.isTransactionActive) {
    throw new Error('appendToOutbox must run inside the transaction of the state change');
  }
  if (messages.length === 0) return;
  // One statement for all, in their order: the relay publishes by the outbox's sequence.
  await tx.query(
    `INSERT INTO outbox (event_id, topic, message_key, event)
     SELECT event_id, topic, message_key, event
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[]) WITH ORDINALITY
       AS m (event_id, topic, message_key, event, n)
     ORDER BY n`,
    [
      messages.map((m) => m.event.id),
      messages.map((m) => m.topic),
      messages.map((m) => m.key),
      messages.map((m) => JSON.stringify(m.event)),
    ],
  );
}
