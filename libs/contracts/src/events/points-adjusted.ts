import { IsInt, IsUUID, Length, Min } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { IsPoints } from '../fields/is-points';
import { EVENT_SIGNED_POINTS } from './event-points';

/** A tenant admin corrected an account, with the reason kept for the audit. */
export class PointsAdjustedV1 {
  @IsUUID()
  accountId: string;

  @IsUUID()
  adjustmentId: string;

  /** Negative when points were taken away. */
  @IsPoints('signed', EVENT_SIGNED_POINTS)
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

/**
 * A tenant admin corrected an account. Unlike v1 it carries no reason: the admin's free text
 * may name a person, so it stays in the ledger's erasable notes (DESIGN.md §2), shown in the
 * account's history under the adjustment's movement. The ledger publishes only v2.
 */
export class PointsAdjustedV2 {
  @IsUUID()
  accountId: string;

  @IsUUID()
  adjustmentId: string;

  /** Negative when points were taken away. */
  @IsPoints('signed', EVENT_SIGNED_POINTS)
  points: number;

  /** The tenant admin's pseudonymous id. */
  @IsUUID()
  adjustedBy: string;

  /** The account's balance right after the adjustment, in points. */
  @IsInt()
  @Min(0)
  balance: number;
}

/** The type of PointsAdjustedV2 (`PointsAdjusted` is v1's). */
export const PointsAdjustedV2Type = defineEvent({
  type: 'citypoints.ledger.PointsAdjusted.v2',
  topic: Topics.ledger,
  payload: PointsAdjustedV2,
});
