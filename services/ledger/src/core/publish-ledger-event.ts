import { CloudEvent, createEvent, EventAttributes, Topics } from '@citypoints/contracts';
import { appendToOutbox } from '@citypoints/messaging';
import { EntityManager } from 'typeorm';

export const LEDGER_SOURCE = '/citypoints/ledger';

/**
 * Publishes one of the ledger's events about `accountId` through the outbox, in the same
 * transaction as the movement; keyed by the account so its events arrive in order.
 */
export async function publishLedgerEvent<T extends object>(
  tx: EntityManager,
  type: string,
  accountId: string,
  data: T,
  attributes: Omit<EventAttributes, 'source' | 'subject'>,
): Promise<CloudEvent<T>> {
  const [event] = await publishLedgerEvents(tx, [{ type, accountId, data, attributes }]);
  return event as CloudEvent<T>;
}

/** One of the ledger's events to publish: about `accountId`, as publishLedgerEvent takes it. */
export interface LedgerEventToPublish<T extends object = object> {
  type: string;
  accountId: string;
  data: T;
  attributes: Omit<EventAttributes, 'source' | 'subject'>;
}

/** publishLedgerEvent for many events, in their order, in one statement. */
export async function publishLedgerEvents(
  tx: EntityManager,
  events: LedgerEventToPublish[],
): Promise<CloudEvent[]> {
  const messages = events.map(({ type, accountId, data, attributes }) => ({
    topic: Topics.ledger,
    key: `${attributes.tenantid}:${accountId}`,
    event: createEvent(type, data, { ...attributes, source: LEDGER_SOURCE, subject: accountId }),
  }));
  await appendToOutbox(tx, messages);
  return messages.map((message) => message.event);
}
