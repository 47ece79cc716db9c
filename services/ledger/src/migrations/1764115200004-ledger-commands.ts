import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The commands carried out (transfers, donations, adjustments), by tenant and normalised
 * command id, with what identifies each (CommandFingerprint) and its first answer; written in
 * the transaction of the command's movement. The commands recorded before this table are
 * taken from the history, so that their repeats are still recognised.
 */
export class LedgerCommands1764115200004 implements MigrationInterface {
  name = 'LedgerCommands1764115200004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE ledger_command (
        tenant_id   text NOT NULL,
        command_id  text NOT NULL,
        fingerprint jsonb NOT NULL,
        answer      jsonb,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (tenant_id, command_id)
      )`);
    // The sender's entry of each gift: its account, receiver, points and balance after.
    await db.query(`
      INSERT INTO ledger_command (tenant_id, command_id, fingerprint, answer, recorded_at)
      SELECT tenant_id, lower(split_part(movement_id, ':', 2)),
             jsonb_build_object('kind', kind, 'account', account_id, 'receiver', counterparty,
               'points', -amount, 'adjustedBy', null, 'reasonHash', null),
             jsonb_build_object('balance', balance_after), recorded_at
      FROM account_history WHERE kind IN ('transfer', 'donate') AND amount < 0
      ORDER BY recorded_at
      ON CONFLICT DO NOTHING`);
    // The adjusted account's entry; its reason was 'adjusted by <36-character id>: <reason>'.
    await db.query(`
      INSERT INTO ledger_command (tenant_id, command_id, fingerprint, answer, recorded_at)
      SELECT tenant_id, lower(split_part(movement_id, ':', 2)),
             jsonb_build_object('kind', 'adjust', 'account', account_id, 'receiver', null,
               'points', amount, 'adjustedBy', substr(reason, 13, 36),
               'reasonHash', encode(sha256(convert_to(substr(reason, 51), 'UTF8')), 'hex')),
             jsonb_build_object('balance', balance_after), recorded_at
      FROM account_history WHERE kind = 'adjust' AND account_id NOT LIKE 'system:%'
      ORDER BY recorded_at
      ON CONFLICT DO NOTHING`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE ledger_command`);
  }
}
