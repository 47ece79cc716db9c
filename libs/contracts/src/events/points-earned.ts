import { IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Min } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { IsPoints } from '../fields/is-points';
import { ACTIVITY_CATEGORIES, ActivityCategory } from '../fields/activity-fields';
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

  /**
   * The category of the activity taken part in (ParticipationVerified's `activityCategory`),
   * for the leaderboards of each category. Absent from events published before the field
   * existed, and when verification did not name one.
   */
  @IsOptional()
  @IsIn(ACTIVITY_CATEGORIES)
  category?: ActivityCategory;

  /**
   * When the person took part (ParticipationVerified's `scannedAt`, else its `verifiedAt`):
   * the leaderboards file the points in the periods of this instant, so that a check-in an
   * offline phone sends after midnight still counts for the day, week and month it was made
   * in. Absent from events published before the field existed: their `time` counts.
   */
  @IsOptional()
  @IsISO8601({ strict: true })
  participatedAt?: string;
}

export const PointsEarned = defineEvent({
  type: 'citypoints.ledger.PointsEarned.v1',
  topic: Topics.ledger,
  payload: PointsEarnedV1,
});
