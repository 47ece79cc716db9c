import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Participations as verification judges them (issue 12): every claim whose code was genuine is
 * kept with its verdict — verified, rejected with a stable reason, or waiting for review — so
 * that a person sees the state of each and the limits count what is verified or pending. The
 * position of a scan is kept for the impossible-travel rule. `review_note` is a tenant admin's
 * free text about a person: erasable, never in an event. `check_in_request` remembers the answer
 * to each Idempotency-Key of a person; `person` and `revoked_card` are identity's facts that
 * verification needs, from its events (pseudonymous ids only).
 */
export class JudgedParticipations1764028800003 implements MigrationInterface {
  name = 'JudgedParticipations1764028800003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE participation`);
    await db.query(`
      CREATE TABLE participation (
        id              uuid PRIMARY KEY,
        tenant_id       text NOT NULL,
        user_id         uuid NOT NULL,
        activity_id     uuid NOT NULL,
        activity_titles jsonb NOT NULL,
        category        text NOT NULL,
        points          integer NOT NULL CHECK (points > 0),
        method          text NOT NULL,
        state           text NOT NULL CHECK (state IN ('verified', 'rejected', 'pending-review')),
        reason          text,
        retry_at        timestamptz,
        flags           text[] NOT NULL DEFAULT '{}',
        scanned_at      timestamptz NOT NULL,
        judged_at       timestamptz NOT NULL,
        occurrence      text,
        latitude        double precision,
        longitude       double precision,
        accuracy        double precision,
        distance        double precision,
        verified_by     uuid,
        external_id     text,
        review_note     text,
        CHECK ((state = 'rejected') = (reason IS NOT NULL))
      )`);
    await db.query(`
      CREATE INDEX participation_of_person
        ON participation (tenant_id, user_id, scanned_at DESC)`);
    await db.query(`
      CREATE UNIQUE INDEX participation_external_id
        ON participation (tenant_id, external_id) WHERE external_id IS NOT NULL`);
    await db.query(`
      CREATE INDEX participation_review_queue
        ON participation (tenant_id, judged_at) WHERE state = 'pending-review'`);
    await db.query(`
      CREATE TABLE check_in_request (
        tenant_id       text NOT NULL,
        user_id         uuid NOT NULL,
        idempotency_key text NOT NULL,
        request_hash    text NOT NULL,
        status          integer NOT NULL,
        answer          jsonb NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, user_id, idempotency_key)
      )`);
    await db.query(`ALTER TABLE tenant_settings ADD COLUMN verification jsonb`);
    await db.query(`
      CREATE TABLE person (
        tenant_id text NOT NULL,
        user_id   uuid NOT NULL,
        erased    boolean NOT NULL DEFAULT false,
        PRIMARY KEY (tenant_id, user_id)
      )`);
    await db.query(`
      CREATE TABLE revoked_card (
        tenant_id text NOT NULL,
        card_id   uuid NOT NULL,
        PRIMARY KEY (tenant_id, card_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE revoked_card`);
    await db.query(`DROP TABLE person`);
    await db.query(`ALTER TABLE tenant_settings DROP COLUMN verification`);
    await db.query(`DROP TABLE check_in_request`);
    await db.query(`DROP TABLE participation`);
    await db.query(`
      CREATE TABLE participation (
        id          uuid PRIMARY KEY,
        tenant_id   text NOT NULL,
        user_id     uuid NOT NULL,
        activity_id uuid NOT NULL,
        points      integer NOT NULL CHECK (points > 0),
        method      text NOT NULL,
        verified_at timestamptz NOT NULL
      )`);
  }
}
