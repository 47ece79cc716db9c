import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A partner's cancellation of an unused voucher: when, by which staff account (none for a tool)
 * and why (the partner's words, kept here only: they may name a person). Its redemption becomes
 * `cancelled`, so its unit is on sale again (stock counts pending and issued redemptions) and it
 * no longer counts towards the person's limit. A voucher is used or cancelled, never both.
 */
export class VoucherCancellation1797000000005 implements MigrationInterface {
  name = 'VoucherCancellation1797000000005';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE voucher
        ADD COLUMN cancelled_at timestamptz,
        ADD COLUMN cancelled_by uuid,
        ADD COLUMN cancel_reason text CHECK (char_length(cancel_reason) BETWEEN 3 AND 500),
        ADD CHECK (cancelled_at IS NULL OR used_at IS NULL),
        ADD CHECK ((cancelled_at IS NULL) = (cancel_reason IS NULL))`);
    await db.query(`ALTER TABLE redemption DROP CONSTRAINT redemption_state_check`);
    await db.query(`
      ALTER TABLE redemption ADD CONSTRAINT redemption_state_check
        CHECK (state IN ('pending', 'issued', 'failed', 'cancelled'))`);
    // Partner statistics count a partner's vouchers by week.
    await db.query(`CREATE INDEX voucher_by_partner ON voucher (tenant_id, partner_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX voucher_by_partner`);
    await db.query(`ALTER TABLE redemption DROP CONSTRAINT redemption_state_check`);
    await db.query(`
      ALTER TABLE redemption ADD CONSTRAINT redemption_state_check
        CHECK (state IN ('pending', 'issued', 'failed'))`);
    await db.query(
      `ALTER TABLE voucher DROP COLUMN cancelled_at, DROP COLUMN cancelled_by, DROP COLUMN cancel_reason`,
    );
  }
}
