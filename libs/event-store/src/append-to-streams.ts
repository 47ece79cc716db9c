import { EntityManager } from 'typeorm';
import { ConcurrencyError, DuplicateEventError } from './event-store-errors';
import { NewEvent } from './stored-event';

export interface StreamAppend {
  streamId: string;
  /** The version the caller's decision was based on; 0 for a stream that must not exist yet. */
  expectedVersion: number;
  events: NewEvent[];
}

const UNIQUE_VIOLATION = '23505';

// Positions come from a sequence at insert time, so without this a transaction could make
// position 6 visible while position 5 is still uncommitted, and a reader that has moved past 6
// would never see 5. Holding this lock from the insert to the commit hands out positions in
// commit order: what a reader sees is always a prefix of the log. (Ordering readers by
// transaction id instead would break the order within a stream.)
const APPEND_LOCK = 7_301_880_003;

/**
 * Appends events to one or more streams, all or nothing, inside the caller's transaction
 * (so that one command can debit one account and credit another). Returns the new version of
 * each stream. Throws ConcurrencyError when a stream is not at its expected version, and
 * DuplicateEventError, before writing anything, when an idempotency key is already stored.
 */
export async function appendToStreams(
  tx: EntityManager,
  appends: StreamAppend[],
): Promise<Map<string, number>> {
  if (!tx.queryRunner?.isTransactionActive) {
    throw new Error('appendToStreams must run inside a transaction');
  }
  await refuseDuplicates(tx, appends);
  const versions = new Map<string, number>();
  // A fixed order, so that two commands touching the same two streams cannot deadlock.
  for (const append of [...appends].sort((a, b) => a.streamId.localeCompare(b.streamId))) {
    versions.set(append.streamId, await advanceHead(tx, append));
  }
  try {
    await insertEvents(tx, appends);
  } catch (error) {
    const { code, constraint } = error as { code?: string; constraint?: string };
    if (code === UNIQUE_VIOLATION && constraint === 'event_idempotency_key') {
      // Another transaction stored the same key in the meantime; a retry finds it up front.
      throw new DuplicateEventError(idempotencyKeys(appends));
    }
    throw error;
  }
  return versions;
}

async function refuseDuplicates(tx: EntityManager, appends: StreamAppend[]): Promise<void> {
  const keys = idempotencyKeys(appends);
  if (keys.length === 0) return;
  const stored: { idempotency_key: string }[] = await tx.query(
    `SELECT idempotency_key FROM event WHERE idempotency_key = ANY($1)`,
    [keys],
  );
  if (stored.length > 0) throw new DuplicateEventError(stored.map((row) => row.idempotency_key));
}

// The stream's head row is locked until commit: concurrent writers queue here, and each one
// after the first finds the version moved on.
async function advanceHead(tx: EntityManager, append: StreamAppend): Promise<number> {
  const { streamId, expectedVersion, events } = append;
  const newVersion = expectedVersion + events.length;
  const [{ advanced }]: { advanced: number }[] = await tx.query(
    expectedVersion === 0
      ? `WITH head AS (INSERT INTO stream (stream_id, version) SELECT $1, $3 WHERE $2::int = 0
           ON CONFLICT DO NOTHING RETURNING 1) SELECT count(*)::int AS advanced FROM head`
      : `WITH head AS (UPDATE stream SET version = $3 WHERE stream_id = $1 AND version = $2
           RETURNING 1) SELECT count(*)::int AS advanced FROM head`,
    [streamId, expectedVersion, newVersion],
  );
  if (advanced === 0) throw new ConcurrencyError(streamId, expectedVersion);
  return newVersion;
}

async function insertEvents(tx: EntityManager, appends: StreamAppend[]): Promise<void> {
  const rows = appends.flatMap(({ streamId, expectedVersion, events }) =>
    events.map((event, i) => ({ streamId, version: expectedVersion + i + 1, event })),
  );
  await tx.query(
    `INSERT INTO event (stream_id, stream_version, event_type, data, metadata, idempotency_key)
     SELECT e.* FROM (SELECT pg_advisory_xact_lock($7)) AS append_lock,
       unnest($1::text[], $2::int[], $3::text[], $4::jsonb[], $5::jsonb[], $6::text[]) AS e`,
    [
      rows.map((row) => row.streamId),
      rows.map((row) => row.version),
      rows.map((row) => row.event.type),
      rows.map((row) => JSON.stringify(row.event.data)),
      rows.map((row) => JSON.stringify(row.event.metadata)),
      rows.map((row) => row.event.idempotencyKey ?? null),
      APPEND_LOCK,
    ],
  );
}

function idempotencyKeys(appends: StreamAppend[]): string[] {
  return appends.flatMap((append) =>
    append.events.flatMap((event) => (event.idempotencyKey ? [event.idempotencyKey] : [])),
  );
}
