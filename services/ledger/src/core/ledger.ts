import {
  appendToStreams,
  DuplicateEventError,
  NewEvent,
  StreamAppend,
  storedIdempotencyKeys,
} from '@citypoints/event-store';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  accountKey,
  AccountProjections,
  AccountRef,
  AccountState,
} from './account-projections.store';
import {
  AccountEntry,
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

  /**
   * record() for many movements inside `tx`, in their order, with the same outcome as recording
   * them one after the other, in about ten statements however many there are (a batch of Kafka
   * events: issue 11). Answers, for each movement, both accounts' balances right after it, or
   * undefined for a repeat (recorded before, or earlier in `movements`). Throws what record()
   * throws, for the first movement that fails; the caller's transaction then rolls back.
   */
  async recordAll(movements: Movement[], tx: EntityManager): Promise<(Balances | undefined)[]> {
    movements.forEach(assertValidMovement);
    const entries = movements.map(entriesOf);
    const keys = entries.map(({ credit }) => credit.idempotencyKey as string);
    const stored = await storedIdempotencyKeys(tx, keys);
    // A Set's add of a key it holds already marks a repeat within the list.
    const seen = new Set(stored);
    const fresh = movements.filter((_, i) => !seen.has(keys[i]) && Boolean(seen.add(keys[i])));
    if (fresh.length === 0) return movements.map(() => undefined);
    const states = await this.projections.lockAll(
      tx,
      fresh.flatMap(({ tenantId, from, to }) => [ref(tenantId, from), ref(tenantId, to)]),
      fresh.flatMap(({ tenantId, from, to }) =>
        isSystemAccount(from) ? [ref(tenantId, from), ref(tenantId, to)] : [ref(tenantId, to)],
      ),
    );
    const appends = new Map<string, StreamAppend>();
    const history: AccountEntry[] = [];
    const balances = new Map<Movement, Balances>();
    // One entry: the account's event on its stream, its line of history, its new state.
    const enter = (movement: Movement, accountId: string, amount: number, event: NewEvent) => {
      const { tenantId } = movement;
      const key = accountKey(tenantId, accountId);
      const before = states.get(key) ?? EMPTY;
      const streamId = accountStream(tenantId, accountId);
      const append = appends.get(streamId) ?? {
        streamId,
        expectedVersion: before.version,
        events: [],
      };
      append.events.push(event);
      appends.set(streamId, append);
      const after = { balance: before.balance + amount, version: before.version + 1 };
      states.set(key, after);
      history.push(entryOf(movement, accountId, amount, after));
      return after.balance;
    };
    for (const movement of fresh) {
      const { tenantId, from, to, amount } = movement;
      assertCanDebit(from, (states.get(accountKey(tenantId, from)) ?? EMPTY).balance, amount);
      const { debit, credit } = entriesOf(movement);
      balances.set(movement, {
        from: enter(movement, from, -amount, debit),
        to: enter(movement, to, amount, credit),
      });
    }
    await appendToStreams(tx, [...appends.values()]);
    await this.projections.applyAll(tx, history);
    return movements.map((movement) => balances.get(movement));
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

function ref(tenantId: string, accountId: string): AccountRef {
  return { tenantId, accountId };
}

// The same entry as apply() writes, for an account whose state `after` the movement is.
function entryOf(
  movement: Movement,
  accountId: string,
  amount: number,
  after: AccountState,
): AccountEntry {
  return {
    tenantId: movement.tenantId,
    accountId,
    version: after.version,
    movementId: movement.id,
    kind: movement.kind,
    amount,
    counterparty: accountId === movement.from ? movement.to : movement.from,
    reason: movement.reason,
    balanceAfter: after.balance,
  };
}
