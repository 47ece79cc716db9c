import { readAllEvents } from '@citypoints/event-store';
import { DataSource } from 'typeorm';
import { AccountProjections } from './account-projections.store';
import { replayEntries } from './replay-entries';

const BATCH = 10_000;

/**
 * Drops the balance and history projections and derives them again from the event store, read
 * in global order through readAllEvents, in one transaction: readers see the old projections
 * until the new ones are complete, and movements wait (the projections' lock). Returns the
 * number of account entries.
 */
export async function rebuildProjections(db: DataSource): Promise<number> {
  const projections = new AccountProjections();
  return db.transaction(async (tx) => {
    await projections.clear(tx);
    const balances = new Map<string, number>();
    let position = 0n;
    let entries = 0;
    for (;;) {
      const events = await readAllEvents(tx, position, BATCH);
      if (events.length === 0) break;
      const replayed = replayEntries(events, balances);
      if (replayed.length > 0) await projections.insertHistory(tx, replayed);
      entries += replayed.length;
      position = events[events.length - 1].globalPosition;
    }
    await projections.balancesFromHistory(tx);
    return entries;
  });
}
