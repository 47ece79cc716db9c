import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Staff accounts (verifiers, tenant admins, partner staff, operators): registered so that a
 * movement to one is refused as such, but never moved to or from.
 */
export class StaffAccounts1764115200006 implements MigrationInterface {
  name = 'StaffAccounts1764115200006';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE ledger_account DROP CONSTRAINT ledger_account_kind_check`);
    await db.query(`
      ALTER TABLE ledger_account ADD CONSTRAINT ledger_account_kind_check
      CHECK (kind IN ('citizen', 'cause', 'staff'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE ledger_account SET kind = 'citizen' WHERE kind = 'staff'`);
    await db.query(`ALTER TABLE ledger_account DROP CONSTRAINT ledger_account_kind_check`);
    await db.query(`
      ALTER TABLE ledger_account ADD CONSTRAINT ledger_account_kind_check
      CHECK (kind IN ('citizen', 'cause'))`);
  }
}
