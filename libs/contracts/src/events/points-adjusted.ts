import { IsInt, IsUUID, Length, Max, Min, NotEquals } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { MAX_POINTS } from './is-points';

/** A tenant admin corrected an account, with the reason kept for the audit. */
export class PointsAdjustedV1 {
  @IsUUID()
  accountId: string;

  @IsUUID()
  adjustmentId: string;

  /** Negative when points were taken away. */
  @IsInt()
  @NotEquals(0)
  @Min(-MAX_POINTS)
  @Max(MAX_POINTS)
  points: number;

  @Length(3, 500)
  reason: string;

  @IsUUID()
  adjustedBy: string;

  @IsInt()
  @Min(0)
  balance: number;
}

export const PointsAdjusted = defineEvent({
  type: 'citypoints.ledger.PointsAdjusted.v1',
  topic: Topics.ledger,
  payload: PointsAdjustedV1,
});
