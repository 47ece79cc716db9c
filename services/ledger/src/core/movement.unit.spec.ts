import {
  assertCanDebit,
  assertValidMovement,
  entriesOf,
  InsufficientPointsError,
  Movement,
  POINTS_ISSUED,
} from './movement';

describe('movements', () => {
  const earn: Movement = {
    id: 'earn:p-1',
    tenantId: 'cascais',
    kind: 'earn',
    from: POINTS_ISSUED,
    to: 'user-1',
    amount: 25,
    reason: 'participation p-1',
    correlationId: 'c-1',
  };

  it('debits one account and credits the other by the same amount', () => {
    const { debit, credit } = entriesOf(earn);
    expect(debit.type).toBe('AccountDebited');
    expect(credit.type).toBe('AccountCredited');
    expect(debit.data).toMatchObject({ amount: 25, counterparty: 'user-1' });
    expect(credit.data).toMatchObject({ amount: 25, counterparty: POINTS_ISSUED });
    expect(credit.idempotencyKey).toBe('movement:cascais:earn:p-1');
  });

  it.each([0, -5, 1.5, 1_000_001, Number.NaN])('refuses an amount of %p', (amount) => {
    expect(() => assertValidMovement({ ...earn, amount })).toThrow(
      'amount must be a whole number from 1 to 1000000',
    );
  });

  it('refuses a movement from an account to itself', () => {
    expect(() => assertValidMovement({ ...earn, from: 'user-1' })).toThrow(
      'an account cannot move points to itself',
    );
  });

  it('never lets a citizen account go below zero, only the issuing account', () => {
    expect(() => assertCanDebit('user-1', 9, 10)).toThrow(InsufficientPointsError);
    expect(() => assertCanDebit('user-1', 9, 10)).toThrow(
      'the account holds 9 points, fewer than the 10 asked for',
    );
    expect(() => assertCanDebit('user-1', 10, 10)).not.toThrow();
    expect(() => assertCanDebit(POINTS_ISSUED, 0, 10)).not.toThrow();
  });
});
