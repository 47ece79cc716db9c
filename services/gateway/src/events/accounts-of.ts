import {
  BonusAwarded,
  CloudEvent,
  DebitRejected,
  PointsAdjusted,
  PointsAdjustedV2Type,
  PointsEarned,
  PointsExpired,
  PointsForfeited,
  PointsSpent,
  PointsTransferred,
  PointsTransferredV2Type,
} from '@citypoints/contracts';

const ONE_ACCOUNT = new Set<string>([
  PointsEarned,
  PointsSpent,
  DebitRejected,
  BonusAwarded,
  PointsExpired,
  PointsAdjusted,
  PointsAdjustedV2Type,
  PointsForfeited,
  PointsTransferredV2Type,
]);

/** The citizen accounts whose balance an event of the ledger changed (or refused to). */
export function accountsOf(event: CloudEvent): string[] {
  const data = event.data as Record<string, unknown>;
  if (event.type === PointsTransferred) {
    // v1, published before v2's copies with one balance each: a copy per side naming its
    // account, or, before that, one event for both sides.
    const sides =
      typeof data.accountId === 'string'
        ? [data.accountId]
        : [data.fromAccountId, data.toAccountId];
    return sides.filter((id) => typeof id === 'string');
  }
  return ONE_ACCOUNT.has(event.type) && typeof data.accountId === 'string' ? [data.accountId] : [];
}

/** `citypoints.ledger.PointsEarned.v1` → `PointsEarned`. */
export function eventName(type: string): string {
  return type.split('.')[2] ?? type;
}
