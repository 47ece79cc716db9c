import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountEntry } from './movement';
import { ReplayedEntry } from './replay-entries';

/** An account's row in the balance projection; its version is its stream's. */
export interface AccountState {
  balance: number;
  version: number;
}

type StateRow = { account_id: string; balance: string; version: number };

/**
 * The SQL of the balance and history projections (`account_balance`, `account_history`),
 * written in the transaction of the events they are derived from.
 */
@Injectable()
export class AccountProjections {
  /**
   * Locks the two accounts' balance rows until the transaction ends, in a fixed order so that
   * two movements between the same accounts queue instead of deadlocking. The credited account
   * (and a debited system account) gets a row if it has none; a debited citizen or cause
   * without one holds nothing, and is missing from the answer.
   */
  async lock(
    tx: EntityManager,
    tenantId: string,
    from: string,
    to: string,
    created: string[],
  ): Promise<Map<string, AccountState>> {
    await tx.query(
      `INSERT INTO account_balance (tenant_id, account_id, balance, version)
       SELECT $1, unnest($2::text[]), 0, 0 ON CONFLICT DO NOTHING`,
      [tenantId, created],
    );
    const rows: StateRow[] = await tx.query(
      `SELECT account_id, balance, version FROM account_balance
       WHERE tenant_id = $1 AND account_id = ANY($2) ORDER BY account_id FOR UPDATE`,
      [tenantId, [from, to].sort()],
    );
    return new Map(rows.map((row) => [row.account_id, stateOf(row)]));
  }

  /** Locks one account's balance row; undefined when it has none. */
  async lockOne(tx: EntityManager, tenantId: string, accountId: string) {
    const [row]: StateRow[] = await tx.query(
      `SELECT account_id, balance, version FROM account_balance
       WHERE tenant_id = $1 AND account_id = $2 FOR UPDATE`,
      [tenantId, accountId],
    );
    return row && stateOf(row);
  }

  /** Applies one entry: the account's new balance and version, and its line of history. */
  async apply(tx: EntityManager, row: AccountEntry): Promise<void> {
    await tx.query(
      `UPDATE account_balance SET balance = $3, version = $4 WHERE tenant_id = $1 AND account_id = $2`,
      [row.tenantId, row.accountId, row.balanceAfter, row.version],
    );
    // recorded_at is the transaction's time, as the event's is: a rebuild gives the same.
    await tx.query(
      `INSERT INTO account_history (tenant_id, account_id, version, movement_id, kind, amount,
         counterparty, reason, balance_after, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())`,
      [
        row.tenantId,
        row.accountId,
        row.version,
        row.movementId,
        row.kind,
        row.amount,
        row.counterparty,
        row.reason,
        row.balanceAfter,
      ],
    );
  }

  /** Empties both projections, locked against every movement until the transaction ends. */
  async clear(tx: EntityManager): Promise<void> {
    await tx.query(`LOCK TABLE account_balance, account_history IN EXCLUSIVE MODE`);
    await tx.query(`DELETE FROM account_history`);
    await tx.query(`DELETE FROM account_balance`);
  }

  /** Inserts rebuilt history, each entry recorded when its event was (to the microsecond). */
  async insertHistory(tx: EntityManager, rows: ReplayedEntry[]): Promise<void> {
    const column = <K extends keyof ReplayedEntry>(key: K) => rows.map((row) => row[key]);
    await tx.query(
      `INSERT INTO account_history (tenant_id, account_id, version, movement_id, kind, amount,
         counterparty, reason, balance_after, recorded_at)
       SELECT h.tenant_id, h.account_id, h.version, h.movement_id, h.kind, h.amount,
         h.counterparty, h.reason, h.balance_after, e.recorded_at
       FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::int[],
         $7::text[], $8::text[], $9::bigint[], $10::bigint[])
         AS h (tenant_id, account_id, version, movement_id, kind, amount, counterparty, reason,
           balance_after, position)
       JOIN event e ON e.global_position = h.position`,
      [
        column('tenantId'),
        column('accountId'),
        column('version'),
        column('movementId'),
        column('kind'),
        column('amount'),
        column('counterparty'),
        column('reason'),
        column('balanceAfter'),
        column('position').map(String),
      ],
    );
  }

  /** Derives every balance from the last entry of its account's history. */
  async balancesFromHistory(tx: EntityManager): Promise<void> {
    await tx.query(`
      INSERT INTO account_balance (tenant_id, account_id, balance, version)
      SELECT DISTINCT ON (tenant_id, account_id) tenant_id, account_id, balance_after, version
      FROM account_history ORDER BY tenant_id, account_id, version DESC`);
  }
}

function stateOf(row: StateRow): AccountState {
  return { balance: Number(row.balance), version: row.version };
}
