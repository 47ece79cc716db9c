import { IsIn, IsInt, IsUUID, Matches, Min } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { IsPoints } from '../fields/is-points';
import { EVENT_POINTS } from './event-points';

/** A leaderboard place's bonus was credited. */
export class BonusAwardedV1 {
  @IsUUID()
  accountId: string;

  @IsIn(['individual', 'group'])
  scope: 'individual' | 'group';

  @Matches(/^[A-Za-z0-9-]{1,40}$/)
  period: string;

  @IsInt()
  @Min(1)
  place: number;

  @IsPoints('positive', EVENT_POINTS)
  points: number;

  @IsInt()
  @Min(0)
  balance: number;
}

export const BonusAwarded = defineEvent({
  type: 'citypoints.ledger.BonusAwarded.v1',
  topic: Topics.ledger,
  payload: BonusAwardedV1,
});
