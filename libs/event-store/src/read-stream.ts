import { EntityManager } from 'typeorm';
import { EVENT_COLUMNS, StoredEvent, StoredEventRow, toStoredEvent } from './stored-event';

export interface StreamState {
  /** 0 when the stream does not exist yet. */
  version: number;
  events: StoredEvent[];
}

/** A stream's events in version order; its version is the one to expect when appending. */
export async function readStream(db: EntityManager, streamId: string): Promise<StreamState> {
  const rows: StoredEventRow[] = await db.query(
    `SELECT ${EVENT_COLUMNS} FROM event WHERE stream_id = $1 ORDER BY stream_version`,
    [streamId],
  );
  const events = rows.map(toStoredEvent);
  return { version: events.at(-1)?.streamVersion ?? 0, events };
}
