import {
  HistoryDto,
  MovementDto,
  MovementKind,
  StatementDto,
  TotalsDto,
  WeekPointsDto,
} from '@citypoints/http-contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { POINTS_EXPIRED, POINTS_FORFEITED, POINTS_ISSUED, POINTS_REDEEMED } from '../core/movement';

type HistoryRow = Record<string, string | number | Date | null>;

/** How many entries a page of history has unless asked otherwise. */
const PAGE = 20;

/** Read side: the projections and the adjustment notes, never the event store. */
@Injectable()
export class AccountQueries {
  constructor(private readonly db: DataSource) {}

  /** The account's balance in points; 0 for an account the tenant does not have. */
  async balance(tenantId: string, accountId: string): Promise<number> {
    const [row]: { balance: string }[] = await this.db.query(
      `SELECT balance FROM account_balance WHERE tenant_id = $1 AND account_id = $2`,
      [tenantId, accountId],
    );
    return Number(row?.balance ?? 0);
  }

  /** A page of entries, newest first, older than version `before`; `next` pages on. */
  async history(
    tenantId: string,
    accountId: string,
    limit = PAGE,
    before?: number,
  ): Promise<HistoryDto> {
    const entries = await this.entries(tenantId, accountId, limit, before);
    const last = entries.at(-1);
    return {
      entries,
      next: entries.length === limit && last && last.version > 1 ? last.version : null,
    };
  }

  /** The account's balance and every movement, newest first: its part of a data export. */
  async statement(tenantId: string, accountId: string): Promise<StatementDto> {
    const balance = await this.balance(tenantId, accountId);
    const movements = await this.entries(tenantId, accountId, null, undefined);
    return { accountId, balance, movements };
  }

  /**
   * Everything issued is in circulation, spent, donated, expired or forfeited (an erased
   * person's points): issued is their sum.
   */
  async totals(tenantId: string): Promise<TotalsDto> {
    const [totals] = await this.db.query(
      `SELECT coalesce(-sum(balance) FILTER (WHERE account_id = $2), 0)::bigint AS issued,
              coalesce(sum(balance) FILTER (WHERE account_id = $3), 0)::bigint AS spent,
              coalesce(sum(balance) FILTER (WHERE account_id LIKE 'cause:%'), 0)::bigint AS donated,
              coalesce(sum(balance) FILTER (WHERE account_id = $4), 0)::bigint AS expired,
              coalesce(sum(balance) FILTER (WHERE account_id = $5), 0)::bigint AS forfeited,
              coalesce(sum(balance) FILTER (WHERE account_id NOT LIKE 'system:%'
                AND account_id NOT LIKE 'cause:%'), 0)::bigint AS "inCirculation"
       FROM account_balance WHERE tenant_id = $1`,
      [tenantId, POINTS_ISSUED, POINTS_REDEEMED, POINTS_EXPIRED, POINTS_FORFEITED],
    );
    const numbers = Object.entries(totals).map(([key, value]) => [key, Number(value)]);
    return Object.fromEntries(numbers) as TotalsDto;
  }

  /**
   * The net points issued, spent, donated and expired in each ISO week (UTC) of the days from–to
   * (both included) that had any, as the system and cause accounts' histories record them: the
   * weekly parts of `totals`.
   */
  async weeklyPoints(
    tenantId: string,
    span: { from: string; to: string },
  ): Promise<WeekPointsDto[]> {
    const rows: Record<string, string>[] = await this.db.query(
      `SELECT to_char(recorded_at AT TIME ZONE 'UTC', 'IYYY-"W"IW') AS week,
              coalesce(-sum(amount) FILTER (WHERE account_id = $4), 0) AS issued,
              coalesce(sum(amount) FILTER (WHERE account_id = $5), 0) AS spent,
              coalesce(sum(amount) FILTER (WHERE account_id LIKE 'cause:%'), 0) AS donated,
              coalesce(sum(amount) FILTER (WHERE account_id = $6), 0) AS expired
       FROM account_history
       WHERE tenant_id = $1 AND (account_id IN ($4, $5, $6) OR account_id LIKE 'cause:%')
         AND recorded_at >= $2::date::timestamp AT TIME ZONE 'UTC'
         AND recorded_at < ($3::date + 1)::timestamp AT TIME ZONE 'UTC'
       GROUP BY week`,
      [tenantId, span.from, span.to, POINTS_ISSUED, POINTS_REDEEMED, POINTS_EXPIRED],
    );
    return rows.map((row) => ({
      week: row.week,
      issued: Number(row.issued),
      spent: Number(row.spent),
      donated: Number(row.donated),
      expired: Number(row.expired),
    }));
  }

  // A null limit reads them all (LIMIT NULL is no limit).
  private async entries(
    tenantId: string,
    accountId: string,
    limit: number | null,
    before: number | undefined,
  ): Promise<MovementDto[]> {
    const rows: HistoryRow[] = await this.db.query(
      `SELECT h.version, h.movement_id, h.kind, h.amount, h.counterparty, h.reason, n.note,
              h.balance_after, h.recorded_at
       FROM account_history h
       LEFT JOIN adjustment_note n USING (tenant_id, account_id, movement_id)
       WHERE h.tenant_id = $1 AND h.account_id = $2 AND ($3::int IS NULL OR h.version < $3)
       ORDER BY h.version DESC LIMIT $4`,
      [tenantId, accountId, before ?? null, limit],
    );
    return rows.map((row) => ({
      version: row.version as number,
      movementId: row.movement_id as string,
      kind: row.kind as MovementKind,
      amount: row.amount as number,
      counterparty: row.counterparty as string,
      reason: row.reason as string,
      ...(row.note !== null && { note: row.note as string }),
      balanceAfter: Number(row.balance_after),
      recordedAt: (row.recorded_at as Date).toISOString(),
    }));
  }
}
