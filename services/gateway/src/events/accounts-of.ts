import {
  BonusAwarded,
  CloudEvent,
  DebitRejected,
  PointsAdjusted,
  PointsEarned,
  PointsExpired,
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
]);

/** The citizen accounts whose balance an event of the ledger changed (or refused to). */
export function accountsOf(event: CloudEvent): string[] {
  const data = event.data as Record<string, unknown>;
  if (event.type === PointsTransferred) {
    return [data.fromAccountId, data.toAccountId].filter((id) => typeof id === 'string');
  }
  return ONE_ACCOUNT.has(event.type) && typeof data.accountId === 'string' ? [data.accountId] : [];
}

/** `citypoints.ledger.PointsEarned.v1` → `PointsEarned`. */
export function eventName(type: string): string {
  return type.split('.')[2] ?? type;
}
