import { IsIn, IsUUID } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

/**
 * Why a redemption failed: the ledger refused the debit (`not-enough-points`), or it gave no
 * answer within rewards' timeout and the asks it repeats (`timed-out`).
 */
export const REDEMPTION_FAILURE_REASONS = ['not-enough-points', 'timed-out'] as const;
export type RedemptionFailureReason = (typeof REDEMPTION_FAILURE_REASONS)[number];

/** A redemption ended without a voucher: its reserved unit of stock is back on sale. */
export class RedemptionFailedV1 {
  @IsUUID()
  redemptionId: string;

  @IsUUID()
  offerId: string;

  @IsUUID()
  userId: string;

  @IsIn(REDEMPTION_FAILURE_REASONS)
  reason: RedemptionFailureReason;
}

export const RedemptionFailed = defineEvent({
  type: 'citypoints.rewards.RedemptionFailed.v1',
  topic: Topics.rewards,
  payload: RedemptionFailedV1,
});
