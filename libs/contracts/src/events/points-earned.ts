import { IsInt, IsUUID, Min } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { IsPoints } from '../fields/is-points';
import { EVENT_POINTS } from './event-points';

export class PointsEarnedV1 {
  /** The citizen's account: their pseudonymous user id. */
  @IsUUID()
  accountId: string;

  @IsUUID()
  participationId: string;

  @IsPoints('positive', EVENT_POINTS)
  points: number;

  /** The balance after this credit, so read models need not sum the history. */
  @IsInt()
  @Min(0)
  balance: number;
}

export const PointsEarned = defineEvent({
  type: 'citypoints.ledger.PointsEarned.v1',
  topic: Topics.ledger,
  payload: PointsEarnedV1,
});
