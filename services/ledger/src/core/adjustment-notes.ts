import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * A tenant admin's free-text reasons for adjustments, which may name the person: kept here,
 * by movement id, and never in the event store or on Kafka, so that erasing the person
 * reaches them (DESIGN.md §2, "free text about a person stays erasable").
 */
@Injectable()
export class AdjustmentNotes {
  async write(
    tx: EntityManager,
    tenantId: string,
    movementId: string,
    accountId: string,
    note: string,
  ) {
    await tx.query(
      `INSERT INTO adjustment_note (tenant_id, movement_id, account_id, note)
       VALUES ($1, $2, $3, $4)`,
      [tenantId, movementId, accountId, note],
    );
  }

  /**
   * Deletes every note about the person's account, and the hashes of those notes kept to
   * recognise repeated commands (a short text's hash can be guessed back); the movements stay.
   */
  async forget(tx: EntityManager, tenantId: string, accountId: string) {
    await tx.query(`DELETE FROM adjustment_note WHERE tenant_id = $1 AND account_id = $2`, [
      tenantId,
      accountId,
    ]);
    await tx.query(
      `UPDATE ledger_command SET fingerprint = fingerprint || '{"reasonHash": "erased"}'
       WHERE tenant_id = $1 AND fingerprint->>'account' = $2 AND fingerprint->>'kind' = 'adjust'`,
      [tenantId, accountId],
    );
  }
}
