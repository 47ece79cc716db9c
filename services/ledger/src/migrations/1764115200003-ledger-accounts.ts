import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which accounts exist and may receive points, learned from identity (citizens) and rewards
 * (causes); and each tenant's points expiry policy, from identity's tenant settings. Neither is
 * derived from the ledger's own events, so a projection rebuild leaves them alone.
 */
export class LedgerAccounts1764115200003 implements MigrationInterface {
  name = 'LedgerAccounts1764115200003';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE ledger_account (
        tenant_id  text NOT NULL,
        account_id text NOT NULL,
        kind       text NOT NULL CHECK (kind IN ('citizen', 'cause')),
        closed_at  timestamptz,
        opened_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, account_id)
      )`);
    // Accounts that already hold points were opened by their movements.
    await db.query(`
      INSERT INTO ledger_account (tenant_id, account_id, kind)
      SELECT tenant_id, account_id,
             CASE WHEN account_id LIKE 'cause:%' THEN 'cause' ELSE 'citizen' END
      FROM account_balance WHERE account_id NOT LIKE 'system:%'`);
    await db.query(`
      CREATE TABLE expiry_policy (
        tenant_id  text PRIMARY KEY,
        months     integer NOT NULL CHECK (months BETWEEN 1 AND 120),
        set_at     timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE expiry_policy`);
    await db.query(`DROP TABLE ledger_account`);
  }
}
