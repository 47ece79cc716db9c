import { IsISO8601, IsUUID } from 'class-validator';
import { defineEvent } from '../define-event';
import { IsPoints } from '../fields/is-points';
import { Topics } from '../topics';
import { EVENT_POINTS } from './event-points';

/**
 * A partner cancelled an unused voucher: it can no longer be used, its unit of stock is back on
 * sale, and the ledger refunds its `points` to `userId` (PointsRefunded, once per redemption).
 * Keyed `<tenant>:<userId>` like RedemptionRequested, so the ledger sees the debit first.
 * The partner's reason is not in it (free text that may name a person stays in rewards).
 * `cancelledAt` is ISO-8601 UTC.
 */
export class VoucherCancelledV1 {
  @IsUUID()
  voucherId: string;

  @IsUUID()
  redemptionId: string;

  @IsUUID()
  offerId: string;

  @IsUUID()
  partnerId: string;

  @IsUUID()
  userId: string;

  @IsPoints('positive', EVENT_POINTS)
  points: number;

  @IsISO8601({ strict: true })
  cancelledAt: string;
}

export const VoucherCancelled = defineEvent({
  type: 'citypoints.rewards.VoucherCancelled.v1',
  topic: Topics.rewards,
  payload: VoucherCancelledV1,
});
