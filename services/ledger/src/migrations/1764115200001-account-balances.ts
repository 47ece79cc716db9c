import { MigrationInterface, QueryRunner } from 'typeorm';

/** The balance projection, kept in step with the account streams in the same transaction. */
export class AccountBalances1764115200001 implements MigrationInterface {
  name = 'AccountBalances1764115200001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE account_balance (
        tenant_id  text NOT NULL,
        account_id text NOT NULL,
        balance    bigint NOT NULL,
        version    integer NOT NULL,
        PRIMARY KEY (tenant_id, account_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE account_balance`);
  }
}
