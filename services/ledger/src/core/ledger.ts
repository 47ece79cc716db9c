import { appendToStreams, DuplicateEventError } from '@citypoints/event-store';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AccountProjections, AccountState } from './account-projections.store';
import {
  accountStream,
  assertCanDebit,
  assertValidMovement,
  entriesOf,
  isSystemAccount,
  Movement,
} from './movement';

// An account without a balance row holds nothing and has no stream yet.
const EMPTY: AccountState = { balance: 0, version: 0 };

export interface Balances {
  from: number;
  to: number;
}

/**
 * The double-entry points ledger: each movement is appended to both accounts' streams and
 * applied to the balance and history projections in one transaction (the event store's
 * decision, see the README), so reads never lag behind the events.
 */
@Injectable()
export class Ledger {
  constructor(private readonly projections: AccountProjections) {}

  /**
   * Records a movement inside `tx`. Returns both accounts' new balances, or undefined when a
   * movement with this id was already recorded: a repeat changes nothing. Throws
   * InvalidMovementError, and InsufficientPointsError when the debit would overdraw, having
   * written nothing.
   */
  async record(movement: Movement, tx: EntityManager): Promise<Balances | undefined> {
    assertValidMovement(movement);
    const { tenantId, from, to, amount } = movement;
    // A debited citizen or cause without a row holds nothing: the movement fails below.
    const created = isSystemAccount(from) ? [from, to] : [to];
    const accounts = await this.projections.lock(tx, tenantId, from, to, created);
    const [debited, credited] = [accounts.get(from) ?? EMPTY, accounts.get(to) ?? EMPTY];
    assertCanDebit(from, debited.balance, amount);
    if (!(await this.append(tx, movement, debited, credited))) return undefined;
    return {
      from: await this.apply(tx, movement, from, -amount, to, debited),
      to: await this.apply(tx, movement, to, amount, from, credited),
    };
  }

  // False when the movement was recorded before: its idempotency key is already stored.
  private async append(
    tx: EntityManager,
    movement: Movement,
    debited: AccountState,
    credited: AccountState,
  ): Promise<boolean> {
    const { tenantId, from, to } = movement;
    const { debit, credit } = entriesOf(movement);
    try {
      await appendToStreams(tx, [
        {
          streamId: accountStream(tenantId, from),
          expectedVersion: debited.version,
          events: [debit],
        },
        {
          streamId: accountStream(tenantId, to),
          expectedVersion: credited.version,
          events: [credit],
        },
      ]);
      return true;
    } catch (error) {
      if (error instanceof DuplicateEventError) return false;
      throw error;
    }
  }

  // The same entry as rebuildProjections derives from the event (see replayEntries).
  private async apply(
    tx: EntityManager,
    movement: Movement,
    accountId: string,
    amount: number,
    counterparty: string,
    before: AccountState,
  ): Promise<number> {
    const balanceAfter = before.balance + amount;
    await this.projections.apply(tx, {
      tenantId: movement.tenantId,
      accountId,
      version: before.version + 1,
      movementId: movement.id,
      kind: movement.kind,
      amount,
      counterparty,
      reason: movement.reason,
      balanceAfter,
    });
    return balanceAfter;
  }
}
