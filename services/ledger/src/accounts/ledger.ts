import { appendToStreams, DuplicateEventError } from '@citypoints/event-store';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  accountStream,
  assertCanDebit,
  assertValidMovement,
  entriesOf,
  isSystemAccount,
  Movement,
} from './movement';

export interface Balances {
  from: number;
  to: number;
}

interface AccountState {
  account_id: string;
  balance: string;
  version: number;
}

/**
 * The double-entry points ledger: each movement is appended to both accounts' streams and
 * applied to the balance projection in one transaction.
 */
@Injectable()
export class Ledger {
  constructor(private readonly db: DataSource) {}

  /**
   * Records a movement inside `tx`. Returns both accounts' new balances, or undefined when a
   * movement with this id was already recorded: a repeat changes nothing. Throws
   * InsufficientPointsError, having written nothing, when the debit would overdraw.
   */
  async record(movement: Movement, tx: EntityManager): Promise<Balances | undefined> {
    assertValidMovement(movement);
    const { tenantId, from, to, amount } = movement;
    const accounts = await this.lockAccounts(tx, tenantId, from, to);
    assertCanDebit(from, Number(accounts[from]?.balance ?? 0), amount);
    const { debit, credit } = entriesOf(movement);
    try {
      await appendToStreams(tx, [
        {
          streamId: accountStream(tenantId, from),
          expectedVersion: accounts[from].version,
          events: [debit],
        },
        {
          streamId: accountStream(tenantId, to),
          expectedVersion: accounts[to].version,
          events: [credit],
        },
      ]);
    } catch (error) {
      if (error instanceof DuplicateEventError) return undefined;
      throw error;
    }
    return {
      from: await this.project(tx, movement, from, -amount, to, accounts[from]),
      to: await this.project(tx, movement, to, amount, from, accounts[to]),
    };
  }

  async balance(tenantId: string, accountId: string): Promise<number> {
    const rows: { balance: string }[] = await this.db.query(
      `SELECT balance FROM account_balance WHERE tenant_id = $1 AND account_id = $2`,
      [tenantId, accountId],
    );
    return Number(rows[0]?.balance ?? 0);
  }

  // Locked in a fixed order, so two movements between the same accounts queue instead of
  // deadlocking; the locks hold until the transaction ends. A debited citizen or cause without
  // a row holds nothing, so the movement fails before anything is written.
  private async lockAccounts(tx: EntityManager, tenantId: string, from: string, to: string) {
    const ids = [from, to].sort();
    const created = isSystemAccount(from) ? [from, to] : [to];
    await tx.query(
      `INSERT INTO account_balance (tenant_id, account_id, balance, version)
       SELECT $1, unnest($2::text[]), 0, 0 ON CONFLICT DO NOTHING`,
      [tenantId, created],
    );
    const rows: AccountState[] = await tx.query(
      `SELECT account_id, balance, version FROM account_balance
       WHERE tenant_id = $1 AND account_id = ANY($2) ORDER BY account_id FOR UPDATE`,
      [tenantId, ids],
    );
    return Object.fromEntries(rows.map((row) => [row.account_id, row]));
  }

  // The same rows as rebuildProjections derives from the events (recorded_at is the
  // transaction's time in both).
  private async project(
    tx: EntityManager,
    movement: Movement,
    accountId: string,
    signedAmount: number,
    counterparty: string,
    before: AccountState,
  ): Promise<number> {
    const balance = Number(before.balance) + signedAmount;
    const version = before.version + 1;
    await tx.query(
      `UPDATE account_balance SET balance = $3, version = $4 WHERE tenant_id = $1 AND account_id = $2`,
      [movement.tenantId, accountId, balance, version],
    );
    await tx.query(
      `INSERT INTO account_history (tenant_id, account_id, version, movement_id, kind, amount,
         counterparty, reason, balance_after, recorded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now())`,
      [
        movement.tenantId,
        accountId,
        version,
        movement.id,
        movement.kind,
        signedAmount,
        counterparty,
        movement.reason,
        balance,
      ],
    );
    return balance;
  }
}
