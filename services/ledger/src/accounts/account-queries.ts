import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { POINTS_EXPIRED, POINTS_ISSUED, POINTS_REDEEMED } from './movement';

export interface HistoryEntry {
  version: number;
  movementId: string;
  kind: string;
  amount: number;
  counterparty: string;
  reason: string;
  balanceAfter: number;
  recordedAt: string;
}

/** Read side: the projections, never the event store. */
@Injectable()
export class AccountQueries {
  constructor(private readonly db: DataSource) {}

  async history(tenantId: string, accountId: string, limit: number, before?: number) {
    const rows = await this.db.query(
      `SELECT version, movement_id, kind, amount, counterparty, reason, balance_after, recorded_at
       FROM account_history
       WHERE tenant_id = $1 AND account_id = $2 AND ($3::int IS NULL OR version < $3)
       ORDER BY version DESC LIMIT $4`,
      [tenantId, accountId, before ?? null, limit],
    );
    const entries: HistoryEntry[] = rows.map((row: Record<string, string | number | Date>) => ({
      version: row.version,
      movementId: row.movement_id,
      kind: row.kind,
      amount: row.amount,
      counterparty: row.counterparty,
      reason: row.reason,
      balanceAfter: Number(row.balance_after),
      recordedAt: (row.recorded_at as Date).toISOString(),
    }));
    const last = entries.at(-1);
    return {
      entries,
      next: entries.length === limit && last && last.version > 1 ? last.version : null,
    };
  }

  /** Everything issued is in circulation, spent, donated or expired: issued is their sum. */
  async totals(tenantId: string) {
    const [totals] = await this.db.query(
      `SELECT coalesce(-sum(balance) FILTER (WHERE account_id = $2), 0)::bigint AS issued,
              coalesce(sum(balance) FILTER (WHERE account_id = $3), 0)::bigint AS spent,
              coalesce(sum(balance) FILTER (WHERE account_id LIKE 'cause:%'), 0)::bigint AS donated,
              coalesce(sum(balance) FILTER (WHERE account_id = $4), 0)::bigint AS expired,
              coalesce(sum(balance) FILTER (WHERE account_id NOT LIKE 'system:%'
                AND account_id NOT LIKE 'cause:%'), 0)::bigint AS "inCirculation"
       FROM account_balance WHERE tenant_id = $1`,
      [tenantId, POINTS_ISSUED, POINTS_REDEEMED, POINTS_EXPIRED],
    );
    return Object.fromEntries(Object.entries(totals).map(([key, value]) => [key, Number(value)]));
  }
}
