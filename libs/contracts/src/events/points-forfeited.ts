import { IsInt, IsUUID, Min } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { IsPoints } from '../fields/is-points';
import { EVENT_POINTS } from './event-points';

/**
 * An erased person's points left circulation: the ledger moved them to the tenant's forfeited
 * account. A large balance leaves in several events of at most MAX_POINTS each.
 */
export class PointsForfeitedV1 {
  @IsUUID()
  accountId: string;

  @IsPoints('positive', EVENT_POINTS)
  points: number;

  /** The account's balance after this event, in points: 0 after the last one. */
  @IsInt()
  @Min(0)
  balance: number;
}

export const PointsForfeited = defineEvent({
  type: 'citypoints.ledger.PointsForfeited.v1',
  topic: Topics.ledger,
  payload: PointsForfeitedV1,
});
