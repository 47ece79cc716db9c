import { createTestDatabase, TestDatabase, waitFor } from '@citypoints/testing';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { appendToStreams } from './append-to-streams';
import { ConcurrencyError, DuplicateEventError } from './event-store-errors';
import { EventStoreTables1764115200000 } from './event-store-tables.migration';
import { readAllEvents } from './read-all-events';
import { readStream } from './read-stream';
import { readStreamVersion } from './read-stream-version';
import { NewEvent, StoredEvent } from './stored-event';

describe('event store', () => {
  let database: TestDatabase;
  let db: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    db = new DataSource({
      type: 'postgres',
      url: database.url,
      migrations: [EventStoreTables1764115200000],
      poolSize: 30,
    });
    await db.initialize();
    await db.runMigrations();
  });

  afterAll(async () => {
    await db.destroy();
    await database.drop();
  });

  const event = (n: number, idempotencyKey?: string): NewEvent => ({
    type: 'TestHappened',
    data: { n },
    metadata: { tenantId: 'test-town', correlationId: randomUUID() },
    ...(idempotencyKey && { idempotencyKey }),
  });
  const stream = () => `test-${randomUUID()}`;
  const numbers = (events: StoredEvent[]) => events.map((e) => (e.data as { n: number }).n);
  const append = (streamId: string, expectedVersion: number, events: NewEvent[]) =>
    db.transaction((tx) => appendToStreams(tx, [{ streamId, expectedVersion, events }]));

  it('appends to a stream and reads it back in version order', async () => {
    const id = stream();
    expect(await append(id, 0, [event(1), event(2)])).toEqual(new Map([[id, 2]]));
    await append(id, 2, [event(3)]);
    const state = await readStream(db.manager, id);
    expect(state.version).toBe(3);
    expect(await readStreamVersion(db.manager, id)).toBe(3);
    expect(numbers(state.events)).toEqual([1, 2, 3]);
    expect(state.events.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
    expect(state.events[0].metadata.tenantId).toBe('test-town');
  });

  it('refuses an append at a version the stream is not at', async () => {
    const id = stream();
    await append(id, 0, [event(1)]);
    await expect(append(id, 0, [event(2)])).rejects.toThrow(ConcurrencyError);
    await expect(append(id, 5, [event(2)])).rejects.toThrow(
      `stream ${id} is no longer at version 5`,
    );
    expect((await readStream(db.manager, id)).version).toBe(1);
  });

  it('appends to several streams all or nothing', async () => {
    const [debit, credit] = [stream(), stream()];
    await append(credit, 0, [event(1)]);
    await expect(
      db.transaction((tx) =>
        appendToStreams(tx, [
          { streamId: debit, expectedVersion: 0, events: [event(-10)] },
          { streamId: credit, expectedVersion: 0, events: [event(10)] },
        ]),
      ),
    ).rejects.toThrow(ConcurrencyError);
    expect((await readStream(db.manager, debit)).version).toBe(0);
    expect((await readStream(db.manager, credit)).version).toBe(1);
  });

  it('lets one of two concurrent writers fail, and both succeed once it retries', async () => {
    const id = stream();
    await append(id, 0, [event(0)]);
    let conflicts = 0;
    let firstAppended!: () => void;
    const firstHasAppended = new Promise<void>((resolve) => (firstAppended = resolve));

    // Decide on what was read, append, retry from a fresh read on a conflict.
    const writer = async (n: number, beforeCommit: () => Promise<void>) => {
      for (;;) {
        const { version } = await readStream(db.manager, id);
        try {
          return await db.transaction(async (tx: EntityManager) => {
            await appendToStreams(tx, [
              { streamId: id, expectedVersion: version, events: [event(n)] },
            ]);
            await beforeCommit();
          });
        } catch (error) {
          if (!(error instanceof ConcurrencyError)) throw error;
          conflicts++;
        }
      }
    };
    await Promise.all([
      writer(1, async () => {
        firstAppended();
        await new Promise((resolve) => setTimeout(resolve, 200));
      }),
      firstHasAppended.then(() => writer(2, async () => undefined)),
    ]);

    expect(conflicts).toBe(1);
    expect(numbers((await readStream(db.manager, id)).events)).toEqual([0, 1, 2]);
  });

  it('stores an idempotency key once, refusing a repeat before it writes anything', async () => {
    const [id, key] = [stream(), `earn:${randomUUID()}`];
    await append(id, 0, [event(1, key)]);
    await db.transaction(async (tx) => {
      await expect(
        appendToStreams(tx, [{ streamId: stream(), expectedVersion: 0, events: [event(2, key)] }]),
      ).rejects.toThrow(DuplicateEventError);
      // The transaction is still usable: the caller can treat the repeat as done.
      await tx.query('SELECT 1');
    });
    const [{ count }] = await db.query(
      `SELECT count(*)::int AS count FROM event WHERE idempotency_key = $1`,
      [key],
    );
    expect(count).toBe(1);
  });

  it.each([
    ['UPDATE', `UPDATE event SET data = '{"n": 1000}'`],
    ['DELETE', `DELETE FROM event`],
    ['TRUNCATE', `TRUNCATE event`],
  ])('refuses to %s events', async (operation, sql) => {
    await append(stream(), 0, [event(1)]);
    const before = await db.query(
      `SELECT count(*)::int AS count, sum((data->>'n')::int) AS sum FROM event`,
    );
    await expect(db.query(sql)).rejects.toThrow(
      `events are append-only: ${operation} is not allowed`,
    );
    expect(
      await db.query(`SELECT count(*)::int AS count, sum((data->>'n')::int) AS sum FROM event`),
    ).toEqual(before);
  });

  it('never lets a reader pass an event that is still to commit', async () => {
    const [last] = await db.query(`SELECT coalesce(max(global_position), 0) AS p FROM event`);
    const start = BigInt(last.p);
    const slow = db.createQueryRunner();
    await slow.startTransaction();
    await appendToStreams(slow.manager, [
      { streamId: stream(), expectedVersion: 0, events: [event(1)] },
    ]);
    // A second writer, on another stream, has to wait: it cannot commit a higher position first.
    let secondCommitted = false;
    const second = append(stream(), 0, [event(2)]).then(() => (secondCommitted = true));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(secondCommitted).toBe(false);
    expect(numbers(await readAllEvents(db.manager, start, 100))).toEqual([]);

    await slow.commitTransaction();
    await slow.release();
    await second;
    expect(numbers(await readAllEvents(db.manager, start, 100))).toEqual([1, 2]);
  });

  it('lets a reader paging through every event see those of many concurrent writers, in order, exactly once', async () => {
    const [last] = await db.query(`SELECT coalesce(max(global_position), 0) AS p FROM event`);
    const seen: StoredEvent[] = [];
    let reading = true;
    const reader = (async () => {
      let position = BigInt(last.p);
      while (reading) {
        const events = await readAllEvents(db.manager, position, 50);
        seen.push(...events);
        position = events.at(-1)?.globalPosition ?? position;
        if (events.length < 50) await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    const writers = 20;
    const perWriter = 50;
    await Promise.all(
      Array.from({ length: writers }, async (_, w) => {
        const id = stream();
        for (let i = 0; i < perWriter; i++) {
          await db.transaction(async (tx) => {
            await appendToStreams(tx, [
              { streamId: id, expectedVersion: i, events: [event(w * 1000 + i)] },
            ]);
            await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
          });
        }
      }),
    );
    try {
      await waitFor('every event seen', async () =>
        seen.length >= writers * perWriter ? true : undefined,
      );
    } finally {
      reading = false;
      await reader;
    }

    expect(seen).toHaveLength(writers * perWriter);
    const positions = seen.map((e) => e.globalPosition);
    expect(positions).toEqual([...positions].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(numbers(seen)).size).toBe(writers * perWriter);
  });
});
