import { EntityManager } from 'typeorm';
import { EVENT_COLUMNS, StoredEvent, StoredEventRow, toStoredEvent } from './stored-event';

/**
 * Events after `position`, in global order. appendToStreams commits positions in order, so no
 * event can appear later behind one already read.
 */
export async function readAllEvents(
  db: EntityManager,
  position: bigint,
  limit: number,
): Promise<StoredEvent[]> {
  const rows: StoredEventRow[] = await db.query(
    `SELECT ${EVENT_COLUMNS} FROM event
     WHERE global_position > $1 ORDER BY global_position LIMIT $2`,
    [position.toString(), limit],
  );
  return rows.map(toStoredEvent);
}
