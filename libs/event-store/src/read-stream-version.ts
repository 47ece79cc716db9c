import { EntityManager } from 'typeorm';

/** The version to expect when appending, without reading the stream's events. */
export async function readStreamVersion(db: EntityManager, streamId: string): Promise<number> {
  const rows: { version: number }[] = await db.query(
    `SELECT version FROM stream WHERE stream_id = $1`,
    [streamId],
  );
  return rows[0]?.version ?? 0;
}
