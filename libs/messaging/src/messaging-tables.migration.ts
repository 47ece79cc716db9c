import { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox and the consumer's record of handled messages, in every service's own database. */
export class MessagingTables1764028800000 implements MigrationInterface {
  name = 'MessagingTables1764028800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outbox (
        position     bigserial PRIMARY KEY,
        event_id     uuid NOT NULL UNIQUE,
        topic        text NOT NULL,
        message_key  text NOT NULL,
        event        jsonb NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        published_at timestamptz
      )`);
    await db.query(
      `CREATE INDEX outbox_unpublished ON outbox (position) WHERE published_at IS NULL`,
    );
    await db.query(`
      CREATE TABLE processed_messages (
        consumer_group text NOT NULL,
        event_id       uuid NOT NULL,
        processed_at   timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer_group, event_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE processed_messages`);
    await db.query(`DROP TABLE outbox`);
  }
}
