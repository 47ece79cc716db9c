import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Tenant admins' free-text reasons for adjustments, by movement id: outside the immutable
 * event store, so that erasing the person the note is about deletes it.
 */
export class AdjustmentNotes1764115200005 implements MigrationInterface {
  name = 'AdjustmentNotes1764115200005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE adjustment_note (
        tenant_id   text NOT NULL,
        movement_id text NOT NULL,
        account_id  text NOT NULL,
        note        text NOT NULL,
        written_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, movement_id)
      )`);
    await db.query(
      `CREATE INDEX adjustment_note_account ON adjustment_note (tenant_id, account_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE adjustment_note`);
  }
}
