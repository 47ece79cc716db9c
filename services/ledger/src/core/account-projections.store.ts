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

/** An account of a tenant. */
export interface AccountRef {
  tenantId: string;
  accountId: string;
}

/** One string for an account of a tenant, as lockAll answers by. */
export function accountKey(tenantId: string, accountId: string): string {
  return `${tenantId}\u0000${accountId}`;
}

/** `refs` without repeats (a batch's earns all debit the same points-issued account). */
export function distinctAccounts(refs: AccountRef[]): AccountRef[] {
  const byKey = new Map(refs.map((ref) => [accountKey(ref.tenantId, ref.accountId), ref]));
  return [...byKey.values()];
}

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

  /**
   * lock() for the accounts of many movements at once, `accounts` and `created` as
   * `{ tenantId, accountId }`: every row locked in (tenant, account) order, which within one
   * tenant is lock()'s own order. Answers by accountKey.
   */
  async lockAll(
    tx: EntityManager,
    accounts: AccountRef[],
    created: AccountRef[],
  ): Promise<Map<string, AccountState>> {
    const columns = (refs: AccountRef[]) => {
      const unique = distinctAccounts(refs);
      return [unique.map((ref) => ref.tenantId), unique.map((ref) => ref.accountId)];
    };
    await tx.query(
      `INSERT INTO account_balance (tenant_id, account_id, balance, version)
       SELECT tenant_id, account_id, 0, 0 FROM unnest($1::text[], $2::text[])
         AS a (tenant_id, account_id)
       ORDER BY tenant_id, account_id ON CONFLICT DO NOTHING`,
      columns(created),
    );
    const rows: (StateRow & { tenant_id: string })[] = await tx.query(
      `SELECT tenant_id, account_id, balance, version FROM account_balance
       WHERE (tenant_id, account_id) IN (SELECT * FROM unnest($1::text[], $2::text[]))
       ORDER BY tenant_id, account_id FOR UPDATE`,
      columns(accounts),
    );
    return new Map(rows.map((row) => [accountKey(row.tenant_id, row.account_id), stateOf(row)]));
  }

  /**
   * apply() for many entries at once, in their order: each account's balance and version
   * become those of its last entry, and every entry is a line of history.
   */
  async applyAll(tx: EntityManager, rows: AccountEntry[]): Promise<void> {
    const last = new Map(rows.map((row) => [accountKey(row.tenantId, row.accountId), row]));
    const finals = [...last.values()];
    await tx.query(
      `UPDATE account_balance SET balance = a.balance, version = a.version
       FROM unnest($1::text[], $2::text[], $3::bigint[], $4::int[])
         AS a (tenant_id, account_id, balance, version)
       WHERE account_balance.tenant_id = a.tenant_id AND account_balance.account_id = a.account_id`,
      [
        finals.map((row) => row.tenantId),
        finals.map((row) => row.accountId),
        finals.map((row) => row.balanceAfter),
        finals.map((row) => row.version),
      ],
    );
    // recorded_at is the transaction's time, as the event's is: a rebuild gives the same.
    await tx.query(
      `INSERT INTO account_history (tenant_id, account_id, version, movement_id, kind, amount,
         counterparty, reason, balance_after, recorded_at)
       SELECT tenant_id, account_id, version, movement_id, kind, amount, counterparty, reason,
         balance_after, now()
       FROM unnest($1::text[], $2::text[], $3::int[], $4::text[], $5::text[], $6::int[],
         $7::text[], $8::text[], $9::bigint[])
         AS h (tenant_id, account_id, version, movement_id, kind, amount, counterparty, reason,
           balance_after)`,
      historyColumns(rows),
    );
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
    await this.applyAll(tx, [row]);
  }

  /** Empties both projections, locked against every movement until the transaction ends. */
  async clear(tx: EntityManager): Promise<void> {
    await tx.query(`LOCK TABLE account_balance, account_history IN EXCLUSIVE MODE`);
    await tx.query(`DELETE FROM account_history`);
    await tx.query(`DELETE FROM account_balance`);
  }

  /** Inserts rebuilt history, each entry recorded when its event was (to the microsecond). */
  async insertHistory(tx: EntityManager, rows: ReplayedEntry[]): Promise<void> {
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
      [...historyColumns(rows), rows.map((row) => String(row.position))],
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

// The columns of account_history's lines, as unnest() takes them, one array per column.
function historyColumns(rows: AccountEntry[]): unknown[][] {
  const column = <K extends keyof AccountEntry>(key: K) => rows.map((row) => row[key]);
  return [
    column('tenantId'),
    column('accountId'),
    column('version'),
    column('movementId'),
    column('kind'),
    column('amount'),
    column('counterparty'),
    column('reason'),
    column('balanceAfter'),
  ];
}
