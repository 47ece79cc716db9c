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
  const versions = await advanceHeads(tx, appends);
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
  const stored = await storedIdempotencyKeys(tx, idempotencyKeys(appends));
  if (stored.size > 0) throw new DuplicateEventError([...stored]);
}

/** Which of `keys` (events' idempotency keys) are stored already: one query for them all. */
export async function storedIdempotencyKeys(
  tx: EntityManager,
  keys: string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const stored: { idempotency_key: string }[] = await tx.query(
    `SELECT idempotency_key FROM event WHERE idempotency_key = ANY($1)`,
    [keys],
  );
  return new Set(stored.map((row) => row.idempotency_key));
}

// Every stream's head row is locked until commit, in stream order, so that two commands touching
// the same streams queue instead of deadlocking, and each one after the first finds the version
// moved on. Three statements at most, however many streams: new heads, lock, advance.
async function advanceHeads(
  tx: EntityManager,
  appends: StreamAppend[],
): Promise<Map<string, number>> {
  const sorted = [...appends].sort((a, b) => (a.streamId < b.streamId ? -1 : 1));
  const versions = new Map(sorted.map((a) => [a.streamId, a.expectedVersion + a.events.length]));
  const [created, existing] = [
    sorted.filter((a) => a.expectedVersion === 0),
    sorted.filter((a) => a.expectedVersion > 0),
  ];
  if (created.length > 0) {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO stream (stream_id, version)
       SELECT * FROM unnest($1::text[], $2::int[]) ORDER BY 1
       ON CONFLICT DO NOTHING RETURNING stream_id`,
      [created.map((a) => a.streamId), created.map((a) => versions.get(a.streamId))],
    );
    if (inserted.length < created.length) {
      const taken = created.find((a) => !insertedIds(inserted).has(a.streamId));
      throw new ConcurrencyError(taken?.streamId ?? created[0].streamId, 0);
    }
  }
  if (existing.length > 0) {
    const ids = existing.map((a) => a.streamId);
    const heads: { stream_id: string; version: number }[] = await tx.query(
      `SELECT stream_id, version FROM stream WHERE stream_id = ANY($1)
       ORDER BY stream_id FOR UPDATE`,
      [ids],
    );
    const current = new Map(heads.map((head) => [head.stream_id, head.version]));
    const moved = existing.find((a) => current.get(a.streamId) !== a.expectedVersion);
    if (moved) throw new ConcurrencyError(moved.streamId, moved.expectedVersion);
    await tx.query(
      `UPDATE stream SET version = v.version
       FROM unnest($1::text[], $2::int[]) AS v (stream_id, version)
       WHERE stream.stream_id = v.stream_id`,
      [ids, ids.map((id) => versions.get(id))],
    );
  }
  return versions;
}

function insertedIds(rows: unknown[]): Set<string> {
  return new Set((rows as { stream_id: string }[]).map((row) => row.stream_id));
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
