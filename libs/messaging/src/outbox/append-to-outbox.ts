import { EntityManager } from 'typeorm';
import { traceContextOf } from '../tracing/trace-context';
import { OutboxMessage } from './outbox-message';

/**
 * Records events in the same transaction as the state change they describe, so that they are
 * published if and only if the change commits. Each row keeps the active trace context (the
 * request's or the handler's span), so that the trace goes on from here when it is published.
 */
export async function appendToOutbox(tx: EntityManager, messages: OutboxMessage[]): Promise<void> {
  if (!tx.queryRunner?.isTransactionActive) {
    throw new Error('appendToOutbox must run inside the transaction of the state change');
  }
  if (messages.length === 0) return;
  // One statement for all, in their order: the relay publishes by the outbox's sequence.
  await tx.query(
    `INSERT INTO outbox (event_id, topic, message_key, event, trace_context)
     SELECT event_id, topic, message_key, event, $5::jsonb
     FROM unnest($1::uuid[], $2::text[], $3::text[], $4::jsonb[]) WITH ORDINALITY
       AS m (event_id, topic, message_key, event, n)
     ORDER BY n`,
    [
      messages.map((m) => m.event.id),
      messages.map((m) => m.topic),
      messages.map((m) => m.key),
      messages.map((m) => JSON.stringify(m.event)),
      traceContextColumn(),
    ],
  );
}

// NULL when there is no trace to continue: tracing off, and no caller sent a trace context.
function traceContextColumn(): string | null {
  const carrier = traceContextOf();
  return Object.keys(carrier).length > 0 ? JSON.stringify(carrier) : null;
}
