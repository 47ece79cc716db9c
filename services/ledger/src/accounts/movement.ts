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

export const MAX_AMOUNT = 1_000_000;

/**
 * A movement of points: the debit of one account and the credit of another, so that each
 * tenant's accounts always sum to zero.
 */
export interface Movement {
  id: string;
  tenantId: string;
  kind: 'earn' | 'bonus' | 'spend' | 'transfer' | 'donate' | 'adjust' | 'expire' | 'forfeit';
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

export class InvalidMovementError extends Error {}

/** The debited account holds fewer points than the movement takes. */
export class InsufficientPointsError extends Error {
  constructor(
    readonly balance: number,
    readonly amount: number,
  ) {
    super(`the account holds ${balance} points, fewer than the ${amount} asked for`);
  }
}

/** Only the account points are issued from goes below zero: it mirrors all points in use. */
export function assertCanDebit(accountId: string, balance: number, amount: number): void {
  if (accountId !== POINTS_ISSUED && balance < amount) {
    throw new InsufficientPointsError(balance, amount);
  }
}

export function assertValidMovement({ amount, from, to }: Movement): void {
  if (!Number.isSafeInteger(amount) || amount <= 0 || amount > MAX_AMOUNT) {
    throw new InvalidMovementError(`amount must be a whole number from 1 to ${MAX_AMOUNT}`);
  }
  if (from === to) throw new InvalidMovementError('an account cannot move points to itself');
}

export function accountStream(tenantId: string, accountId: string): string {
  return `account-${tenantId}-${accountId}`;
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
