import { MigrationInterface, QueryRunner } from 'typeorm';

/** Each account's movements, newest first, with the reason: the history residents see. */
export class AccountHistory1764115200002 implements MigrationInterface {
  name = 'AccountHistory1764115200002';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE account_history (
        tenant_id     text NOT NULL,
        account_id    text NOT NULL,
        version       integer NOT NULL,
        movement_id   text NOT NULL,
        kind          text NOT NULL,
        amount        integer NOT NULL,
        counterparty  text NOT NULL,
        reason        text NOT NULL,
        balance_after bigint NOT NULL,
        recorded_at   timestamptz NOT NULL,
        PRIMARY KEY (tenant_id, account_id, version)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE account_history`);
  }
}
