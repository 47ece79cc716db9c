import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One append-only table of events, and the head (current version) of each stream. Events can
 * be neither updated nor deleted: the database itself refuses, whoever asks.
 */
export class EventStoreTables1764115200000 implements MigrationInterface {
  name = 'EventStoreTables1764115200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE stream (
        stream_id text PRIMARY KEY,
        version   integer NOT NULL CHECK (version >= 0)
      )`);
    await db.query(`
      CREATE TABLE event (
        global_position bigserial PRIMARY KEY,
        stream_id       text NOT NULL,
        stream_version  integer NOT NULL CHECK (stream_version > 0),
        event_type      text NOT NULL,
        data            jsonb NOT NULL,
        metadata        jsonb NOT NULL,
        idempotency_key text,
        recorded_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT event_stream_version UNIQUE (stream_id, stream_version),
        CONSTRAINT event_idempotency_key UNIQUE (idempotency_key)
      )`);
    await db.query(`
      CREATE FUNCTION event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'events are append-only: % is not allowed', TG_OP
          USING ERRCODE = 'restrict_violation';
      END $$`);
    await db.query(`
      CREATE TRIGGER event_no_update_or_delete BEFORE UPDATE OR DELETE ON event
      FOR EACH ROW EXECUTE FUNCTION event_is_append_only()`);
    await db.query(`
      CREATE TRIGGER event_no_truncate BEFORE TRUNCATE ON event
      FOR EACH STATEMENT EXECUTE FUNCTION event_is_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE event`);
    await db.query(`DROP FUNCTION event_is_append_only`);
    await db.query(`DROP TABLE stream`);
  }
}
