import { Gauge } from 'prom-client';
import { DataSource } from 'typeorm';

const databases = new Set<DataSource>();

async function lookUpBacklog(): Promise<{ count: number; age: number }> {
  let count = 0;
  let age = 0;
  for (const db of databases) {
    if (!db.isInitialized) continue;
    // The partial index outbox_unpublished holds exactly these rows: cheap while few.
    const [row]: { count: number; age: number | null }[] = await db.query(
      `SELECT count(*)::int AS count,
              extract(epoch FROM now() - min(created_at))::float8 AS age
       FROM outbox WHERE published_at IS NULL`,
    );
    count += row.count;
    age = Math.max(age, row.age ?? 0);
  }
  return { count, age };
}

let pending: Promise<{ count: number; age: number } | undefined> | undefined;

// Both gauges are read in one scrape: one query answers both.
function backlog(): Promise<{ count: number; age: number } | undefined> {
  pending ??= lookUpBacklog()
    .catch(() => undefined)
    .finally(() => setImmediate(() => (pending = undefined)));
  return pending;
}

/** Outbox rows not yet published to Kafka, looked up at scrape time. */
export const outboxBacklog = new Gauge({
  name: 'citypoints_outbox_backlog',
  help: 'Outbox rows written but not yet published to Kafka',
  async collect() {
    const found = await backlog();
    if (found) this.set(found.count);
  },
});

/** How long the oldest unpublished outbox row has waited, in seconds; 0 when none waits. */
export const outboxOldestAge = new Gauge({
  name: 'citypoints_outbox_oldest_unpublished_age_seconds',
  help: 'Seconds since the oldest outbox row not yet published was written; 0 when none waits',
  async collect() {
    const found = await backlog();
    if (found) this.set(found.age);
  },
});

/** Reports the outbox of `db` at /metrics until the returned function is called. */
export function watchOutbox(db: DataSource): () => void {
  databases.add(db);
  return () => databases.delete(db);
}
