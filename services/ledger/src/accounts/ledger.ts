import { appendToStreams, DuplicateEventError } from '@citypoints/event-store';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  accountStream,
  assertCanDebit,
  assertValidMovement,
  entriesOf,
  Movement,
} from './movement';

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
   * Records a movement inside `tx`. Returns the credited account's new balance, or undefined
   * when a movement with this id was already recorded: a repeat changes nothing. Throws
   * InsufficientPointsError, having written nothing, when the debit would overdraw.
   */
  async record(movement: Movement, tx: EntityManager): Promise<number | undefined> {
    assertValidMovement(movement);
    const { tenantId, from, to, amount } = movement;
    const accounts = await this.lockAccounts(tx, tenantId, [from, to]);
    assertCanDebit(from, Number(accounts[from].balance), amount);
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
    await this.setBalance(tx, tenantId, from, Number(accounts[from].balance) - amount);
    return this.setBalance(tx, tenantId, to, Number(accounts[to].balance) + amount);
  }

  async balance(tenantId: string, accountId: string): Promise<number> {
    const rows: { balance: string }[] = await this.db.query(
      `SELECT balance FROM account_balance WHERE tenant_id = $1 AND account_id = $2`,
      [tenantId, accountId],
    );
    return Number(rows[0]?.balance ?? 0);
  }

  // Locked in a fixed order, so two movements between the same accounts queue instead of
  // deadlocking; the locks hold until the transaction ends.
  private async lockAccounts(tx: EntityManager, tenantId: string, accountIds: string[]) {
    const ids = [...accountIds].sort();
    await tx.query(
      `INSERT INTO account_balance (tenant_id, account_id, balance, version)
       SELECT $1, unnest($2::text[]), 0, 0 ON CONFLICT DO NOTHING`,
      [tenantId, ids],
    );
    const rows: AccountState[] = await tx.query(
      `SELECT account_id, balance, version FROM account_balance
       WHERE tenant_id = $1 AND account_id = ANY($2) ORDER BY account_id FOR UPDATE`,
      [tenantId, ids],
    );
    return Object.fromEntries(rows.map((row) => [row.account_id, row]));
  }

  private async setBalance(
    tx: EntityManager,
    tenantId: string,
    accountId: string,
    balance: number,
  ) {
    await tx.query(
      `UPDATE account_balance SET balance = $3, version = version + 1
       WHERE tenant_id = $1 AND account_id = $2`,
      [tenantId, accountId, balance],
    );
    return balance;
  }
}
