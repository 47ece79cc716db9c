import Redis from 'ioredis';
import { StagedKey } from './stage-tally';

// What comes before the tenant in each of rankings' keys, after REDIS_KEY_PREFIX.
const TAG = 'rankings:{';
// Keys per UNLINK in the swap's transaction.
const UNLINK_CHUNK = 1000;

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
 * Replaces one tenant's `old` keys (boards, markers) by the `staged` ones (from stageTally) in
 * one MULTI/EXEC: a reader sees the old boards or the new ones, never a mix, and the script
 * the markers that go with them. Each staged key takes its live name and its lifetime (none:
 * it lives on). Every key carries the tenant's hash tag, so the transaction stays in one
 * Cluster slot. Throws the first failed command's error (e.g. RENAME of a staging key that
 * expired); Redis has then run the transaction's other commands, as it rolls nothing back.
 */
export async function swapIn(
  redis: Redis,
  old: readonly string[],
  staged: readonly StagedKey[],
): Promise<void> {
  if (old.length === 0 && staged.length === 0) return;
  const multi = redis.multi();
  for (let from = 0; from < old.length; from += UNLINK_CHUNK) {
    multi.unlink(...old.slice(from, from + UNLINK_CHUNK));
  }
  for (const [staging, live, lifetimeMs] of staged) {
    multi.rename(staging, live);
    if (lifetimeMs === undefined) multi.persist(live);
    else multi.pexpire(live, lifetimeMs);
  }
  const replies = (await multi.exec()) ?? [];
  const failed = replies.find(([error]) => error);
  if (failed) throw failed[0];
}
