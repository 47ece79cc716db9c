import { IsUUID } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { IsPoints } from '../fields/is-points';
import { EVENT_POINTS } from './event-points';

/** Rewards has reserved a voucher's stock and asks the ledger to take the points. */
export class RedemptionRequestedV1 {
  @IsUUID()
  redemptionId: string;

  @IsUUID()
  userId: string;

  @IsUUID()
  offerId: string;

  @IsPoints('positive', EVENT_POINTS)
  points: number;
}

export const RedemptionRequested = defineEvent({
  type: 'citypoints.rewards.RedemptionRequested.v1',
  topic: Topics.rewards,
  payload: RedemptionRequestedV1,
});
