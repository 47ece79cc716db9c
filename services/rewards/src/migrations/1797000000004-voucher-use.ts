import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A voucher's use at its partner's counter: when, by which staff account (identity's
 * pseudonymous user id; none for a tool without an acting person) and at which counter (the
 * label the partner's device sends, optional). Set once: the counter's UPDATE takes only rows
 * whose `used_at` is null.
 */
export class VoucherUse1797000000004 implements MigrationInterface {
  name = 'VoucherUse1797000000004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE voucher
        ADD COLUMN used_at timestamptz,
        ADD COLUMN used_by uuid,
        ADD COLUMN counter text CHECK (char_length(counter) BETWEEN 1 AND 60),
        ADD CHECK (used_at IS NOT NULL OR (used_by IS NULL AND counter IS NULL))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      `ALTER TABLE voucher DROP COLUMN used_at, DROP COLUMN used_by, DROP COLUMN counter`,
    );
  }
}
