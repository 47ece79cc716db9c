import {
  BonusAwarded,
  CloudEvent,
  DebitRejected,
  PointsAdjusted,
  PointsAdjustedV2Type,
  PointsEarned,
  PointsExpired,
  PointsForfeited,
  PointsRefunded,
  PointsSpent,
  PointsTransferred,
  PointsTransferredV2Type,
  RedemptionFailed,
  VoucherCancelled,
  VoucherIssued,
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
  PointsRefunded,
  PointsTransferredV2Type,
]);

/**
 * Rewards' settlement of a person's redemption and its voucher's cancellation, which name the
 * person (a citizen's account id).
 */
const ONE_PERSON = new Set<string>([VoucherIssued, RedemptionFailed, VoucherCancelled]);

/**
 * The citizen accounts (named by the person's user id) an event is for: those whose balance an
 * event of the ledger changed (or refused to), and the person whose redemption rewards settled.
 */
export function accountsOf(event: CloudEvent): string[] {
  const data = event.data as Record<string, unknown>;
  if (ONE_PERSON.has(event.type)) return typeof data.userId === 'string' ? [data.userId] : [];
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
