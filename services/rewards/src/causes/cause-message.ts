import { createEvent, Topics } from '@citypoints/contracts';
import { OutboxMessage } from '@citypoints/messaging';
import { Cause } from './cause';

/** The source the ledger expects on the events that open and close cause accounts. */
export const REWARDS_SOURCE = '/citypoints/rewards';

/**
 * The outbox message of event `type` (CausePublished or CauseArchived) about `cause`: data
 * `{ causeId }` only, tenant in `tenantid`, subject the cause id, keyed `<tenant>:<cause>` so
 * that one cause's events reach the ledger in order (it opens the account on the first and
 * closes it on the second). Throws InvalidEventError on data the schema refuses.
 */
export function causeMessage(type: string, cause: Cause): OutboxMessage {
  const { tenantId, causeId } = cause;
  const event = createEvent(
    type,
    { causeId },
    { source: REWARDS_SOURCE, tenantid: tenantId, subject: causeId },
  );
  return { topic: Topics.rewards, key: `${tenantId}:${causeId}`, event };
}
