import { createEvent, Topics } from '@citypoints/contracts';
import { OutboxMessage } from '@citypoints/messaging';

/**
 * An identity event ready for the outbox, keyed `<tenant>:<aggregate id>` so that one person's
 * (or one group's) events stay in order.
 */
export function identityEvent<T extends object>(
  type: string,
  data: T,
  tenant: string,
  aggregateId: string,
): OutboxMessage {
  const event = createEvent(type, data, {
    source: '/citypoints/identity',
    tenantid: tenant,
    subject: aggregateId,
  });
  return { topic: Topics.identity, key: `${tenant}:${aggregateId}`, event };
}
