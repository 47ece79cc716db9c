import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CommandFingerprint, MovementAnswer, RecordedCommand } from './command-verdict';

/**
 * The commands the ledger carried out, by tenant and command id, with their fingerprint and
 * answer, written in the transaction of their movement (table `ledger_command`).
 */
@Injectable()
export class CommandLog {
  /**
   * Claims `commandId` for this transaction: undefined when it was free, else the command
   * recorded under it. A concurrent claim of the same id waits until this transaction ends, so
   * it then sees the answer (or, after a rollback, claims the id itself).
   */
  async claim(
    tx: EntityManager,
    tenantId: string,
    commandId: string,
    fingerprint: CommandFingerprint,
  ): Promise<RecordedCommand | undefined> {
    const claimed: unknown[] = await tx.query(
      `INSERT INTO ledger_command (tenant_id, command_id, fingerprint) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING command_id`,
      [tenantId, commandId, fingerprint],
    );
    if (claimed.length > 0) return undefined;
    const [recorded]: RecordedCommand[] = await tx.query(
      `SELECT fingerprint, answer FROM ledger_command WHERE tenant_id = $1 AND command_id = $2`,
      [tenantId, commandId],
    );
    return recorded;
  }

  /** Records the answer of the command this transaction claimed. */
  async answer(tx: EntityManager, tenantId: string, commandId: string, answer: MovementAnswer) {
    await tx.query(
      `UPDATE ledger_command SET answer = $3 WHERE tenant_id = $1 AND command_id = $2`,
      [tenantId, commandId, answer],
    );
  }
}
