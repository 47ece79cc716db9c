import Redis from 'ioredis';
import { PipelinedWrites } from './pipelined-writes';

// What comes before the tenant in each of rankings' keys, after REDIS_KEY_PREFIX.
const TAG = 'rankings:{';
// Keys per UNLINK in the swap's transaction.
const UNLINK_CHUNK = 1000;
// Markers set by one script: one command to Redis instead of a SET each, which costs the
// client (ioredis encodes each command) more than Redis.
const MARKERS_PER_SCRIPT = 1000;
const SET_MARKERS = `for _, key in ipairs(KEYS) do redis.call('SET', key, '1', 'PX', ARGV[1]) end`;

/**
 * The keys matching `pattern` (a SCAN pattern under `<prefix>rankings:{<tenant>}`), by the
 * tenant in their hash tag, each once (SCAN may return a key twice).
 */
export async function keysByTenant(redis: Redis, pattern: string): Promise<Map<string, string[]>> {
  const found = new Map<string, Set<string>>();
  const stream = redis.scanStream({ match: pattern, count: 1000 });
  for await (const keys of stream as AsyncIterable<string[]>) {
    for (const key of keys) {
      const from = key.indexOf(TAG) + TAG.length;
      const tenant = key.slice(from, key.indexOf('}', from));
      const known = found.get(tenant);
      if (known) known.add(key);
      else found.set(tenant, new Set([key]));
    }
  }
  return new Map([...found].map(([tenant, keys]) => [tenant, [...keys]]));
}

/**
 * Replaces one tenant's `old` board keys by the `staged` ones ([staging, live] names, from
 * stageTally) in one MULTI/EXEC: a reader sees the old boards or the new ones, never a mix.
 * Every key carries the tenant's hash tag, so the transaction stays in one Cluster slot.
 * Throws the first failed command's error (e.g. RENAME of a staging key that expired); Redis
 * has then run the transaction's other commands, as it rolls nothing back.
 */
export async function swapIn(
  redis: Redis,
  old: readonly string[],
  staged: readonly [string, string][],
): Promise<void> {
  if (old.length === 0 && staged.length === 0) return;
  const multi = redis.multi();
  for (let from = 0; from < old.length; from += UNLINK_CHUNK) {
    multi.unlink(...old.slice(from, from + UNLINK_CHUNK));
  }
  for (const [staging, live] of staged) multi.rename(staging, live).persist(live);
  const replies = (await multi.exec()) ?? [];
  const failed = replies.find(([error]) => error);
  if (failed) throw failed[0];
}

/**
 * Leaves exactly the markers of the events `applied` (ids in lower case) among one tenant's
 * `old` ones (keys, `prefix` followed by the event id): old markers of other events are
 * removed, those of applied events kept as they are (each still expires when the live path
 * made it), and the missing ones set, each living `markerMs` from now as the script's
 * `SET NX PX` makes it. Resolves with the markers removed.
 */
export async function resetMarkers(
  writes: PipelinedWrites,
  old: readonly string[],
  applied: ReadonlySet<string>,
  prefix: string,
  markerMs: number,
): Promise<number> {
  const stale: string[] = [];
  let kept = 0;
  for (const key of old) {
    if (applied.has(key.slice(prefix.length))) kept++;
    else stale.push(key);
  }
  for (let from = 0; from < stale.length; from += UNLINK_CHUNK) {
    await writes.send('unlink', stale.slice(from, from + UNLINK_CHUNK));
  }
  // Usually every applied event still has its marker: then none is missing.
  if (kept < applied.size) await setMissing(writes, old, applied, prefix, markerMs);
  await writes.flush();
  return stale.length;
}

// Sets the markers of the `applied` events that have none among `old` (see resetMarkers).
async function setMissing(
  writes: PipelinedWrites,
  old: readonly string[],
  applied: ReadonlySet<string>,
  prefix: string,
  markerMs: number,
): Promise<void> {
  const present = new Set(old.map((key) => key.slice(prefix.length)));
  const missing = [...applied].filter((eventId) => !present.has(eventId));
  for (let from = 0; from < missing.length; from += MARKERS_PER_SCRIPT) {
    const chunk = missing.slice(from, from + MARKERS_PER_SCRIPT).map((id) => prefix + id);
    await writes.send('eval', [SET_MARKERS, chunk.length, ...chunk, markerMs]);
  }
}
