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
  for (const { topic, key, event } of messages) {
    await tx.query(
      `INSERT INTO outbox (event_id, topic, message_key, event) VALUES ($1, $2, $3, $4)`,
      [event.id, topic, key, JSON.stringify(event)],
    );
  }
}
