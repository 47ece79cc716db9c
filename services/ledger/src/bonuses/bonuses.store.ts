import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** The SQL of bonuses: what a person's history says they were paid. */
@Injectable()
export class BonusesStore {
  /** Whether the person's history holds a bonus whose movement id starts with `prefix`. */
  async paidBefore(tx: EntityManager, tenantId: string, userId: string, prefix: string) {
    const rows: unknown[] = await tx.query(
      `SELECT 1 FROM account_history
       WHERE tenant_id = $1 AND account_id = $2 AND kind = 'bonus' AND starts_with(movement_id, $3)
       LIMIT 1`,
      [tenantId, userId, prefix],
    );
    return rows.length > 0;
  }
}
