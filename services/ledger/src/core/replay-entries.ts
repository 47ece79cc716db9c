import { StoredEvent } from '@citypoints/event-store';
import { AccountEntry, accountOfStream, Movement } from './movement';

/** An account entry derived from its stored event, at the event's global position. */
export type ReplayedEntry = AccountEntry & { position: bigint };

/** What entriesOf writes into an entry event's data. */
interface EntryData {
  movementId: string;
  kind: Movement['kind'];
  amount: number;
  counterparty: string;
  reason: string;
}

const SIGN: Partial<Record<string, 1 | -1>> = { AccountCredited: 1, AccountDebited: -1 };

/**
 * The history entries of `events`, read in global order (so each stream's in version order),
 * each with its account's balance after it: a credit adds its amount, a debit takes it. Other
 * events are passed over. `balances` holds each stream's balance so far, carried from one
 * batch to the next, and is brought up to date.
 */
export function replayEntries(
  events: readonly StoredEvent[],
  balances: Map<string, number>,
): ReplayedEntry[] {
  return events.flatMap((event) => {
    const sign = SIGN[event.type];
    if (!sign) return [];
    const data = event.data as EntryData;
    const amount = sign * data.amount;
    const balanceAfter = (balances.get(event.streamId) ?? 0) + amount;
    balances.set(event.streamId, balanceAfter);
    const { tenantId } = event.metadata;
    return [
      {
        tenantId,
        accountId: accountOfStream(tenantId, event.streamId),
        version: event.streamVersion,
        movementId: data.movementId,
        kind: data.kind,
        amount,
        counterparty: data.counterparty,
        reason: data.reason,
        balanceAfter,
        position: event.globalPosition,
      },
    ];
  });
}
