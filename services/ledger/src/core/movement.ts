import { DomainError, pointsProblem } from '@citypoints/contracts';
import { NewEvent } from '@citypoints/event-store';

/** The tenant's account that every point comes from when it is earned or awarded. */
export const POINTS_ISSUED = 'system:points-issued';
/** The tenant's account that points spent on vouchers go to. */
export const POINTS_REDEEMED = 'system:points-redeemed';
/** The tenant's account that points go to when they expire under its policy. */
export const POINTS_EXPIRED = 'system:points-expired';
/** The tenant's account that an erased person's points leave circulation to. */
export const POINTS_FORFEITED = 'system:points-forfeited';

export function isSystemAccount(accountId: string): boolean {
  return accountId.startsWith('system:');
}

/**
 * A movement of points: the debit of one account and the credit of another, so that each
 * tenant's accounts always sum to zero.
 */
export interface Movement {
  id: string;
  tenantId: string;
  kind:
    'earn' | 'bonus' | 'spend' | 'refund' | 'transfer' | 'donate' | 'adjust' | 'expire' | 'forfeit';
  from: string;
  to: string;
  amount: number;
  /**
   * Why, for the history: e.g. the participation that earned the points. Written into the
   * immutable event store, so never free text that may name a person (see AdjustmentNotes).
   */
  reason: string;
  correlationId: string;
  causationId?: string;
}

/** One account's side of a movement, as the account's history shows it. */
export interface AccountEntry {
  tenantId: string;
  accountId: string;
  /** The account's version after it: its stream's version. */
  version: number;
  movementId: string;
  kind: Movement['kind'];
  /** Points, negative when they left the account. */
  amount: number;
  counterparty: string;
  reason: string;
  balanceAfter: number;
}

/** A movement no rule allows: no amount of points (see MAX_POINTS), or to its own account. */
export class InvalidMovementError extends DomainError {
  constructor(message: string) {
    super('invalid', 'invalid-movement', message);
  }
}

/** The debited account holds fewer points than the movement takes (409, code and field). */
export class InsufficientPointsError extends DomainError {
  constructor(
    readonly balance: number,
    readonly amount: number,
  ) {
    const message = `the account holds ${balance} points, fewer than the ${amount} asked for`;
    super('conflict', 'insufficient-points', message, 'points');
  }
}

/** Only the account points are issued from goes below zero: it mirrors all points in use. */
export function assertCanDebit(accountId: string, balance: number, amount: number): void {
  if (accountId !== POINTS_ISSUED && balance < amount) {
    throw new InsufficientPointsError(balance, amount);
  }
}

/**
 * Throws InvalidMovementError unless the movement moves 1 to MAX_POINTS points between two
 * accounts.
 */
export function assertValidMovement({ amount, from, to }: Movement): void {
  const problem = pointsProblem(amount, 'amount');
  if (problem) throw new InvalidMovementError(problem);
  if (from === to) throw new InvalidMovementError('an account cannot move points to itself');
}

export function accountStream(tenantId: string, accountId: string): string {
  return `account-${tenantId}-${accountId}`;
}

/** The account whose stream `streamId` is (see accountStream). */
export function accountOfStream(tenantId: string, streamId: string): string {
  return streamId.slice(accountStream(tenantId, '').length);
}

/** The two entries of a movement, one for each account's stream. */
export function entriesOf(movement: Movement): { debit: NewEvent; credit: NewEvent } {
  const { id, kind, amount, reason, tenantId, correlationId, causationId } = movement;
  const metadata = { tenantId, correlationId, ...(causationId && { causationId }) };
  return {
    debit: {
      type: 'AccountDebited',
      data: { movementId: id, kind, amount, counterparty: movement.to, reason },
      metadata,
    },
    credit: {
      type: 'AccountCredited',
      data: { movementId: id, kind, amount, counterparty: movement.from, reason },
      metadata,
      idempotencyKey: `movement:${tenantId}:${id}`,
    },
  };
}
