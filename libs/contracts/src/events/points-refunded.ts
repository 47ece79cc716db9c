import { IsInt, IsUUID, Min } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { IsPoints } from '../fields/is-points';
import { EVENT_POINTS } from './event-points';

/**
 * The ledger gave a redemption's points back to `accountId`: its voucher was cancelled
 * (VoucherCancelled), or the redemption failed after the points were taken (a late debit after
 * rewards' timeout, RedemptionFailed). Once per redemption; `balance` is the account's after it.
 */
export class PointsRefundedV1 {
  @IsUUID()
  accountId: string;

  @IsUUID()
  redemptionId: string;

  @IsPoints('positive', EVENT_POINTS)
  points: number;

  @IsInt()
  @Min(0)
  balance: number;
}

export const PointsRefunded = defineEvent({
  type: 'citypoints.ledger.PointsRefunded.v1',
  topic: Topics.ledger,
  payload: PointsRefundedV1,
});
