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
]);

/** The citizen accounts whose balance an event of the ledger changed (or refused to). */
export function accountsOf(event: CloudEvent): string[] {
  const data = event.data as Record<string, unknown>;
  if (event.type === PointsTransferred) {
    // The ledger publishes a copy per side, each naming its account; a transfer published
    // before that is one event for both sides.
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
