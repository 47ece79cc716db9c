import { IsInt, IsISO8601, IsUUID, Min } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { IsPoints } from '../fields/is-points';
import { EVENT_POINTS } from './event-points';

/** Points credited before `creditedBefore` and not used since expired under the tenant's policy. */
export class PointsExpiredV1 {
  @IsUUID()
  accountId: string;

  @IsPoints('positive', EVENT_POINTS)
  points: number;

  @IsISO8601({ strict: true })
  creditedBefore: string;

  @IsInt()
  @Min(0)
  balance: number;
}

export const PointsExpired = defineEvent({
  type: 'citypoints.ledger.PointsExpired.v1',
  topic: Topics.ledger,
  payload: PointsExpiredV1,
});
