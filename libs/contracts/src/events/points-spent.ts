import { IsInt, IsUUID, Min } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { IsPoints } from '../fields/is-points';
import { EVENT_POINTS } from './event-points';

/** The ledger took a redemption's points: rewards may issue the voucher. */
export class PointsSpentV1 {
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

export const PointsSpent = defineEvent({
  type: 'citypoints.ledger.PointsSpent.v1',
  topic: Topics.ledger,
  payload: PointsSpentV1,
});
