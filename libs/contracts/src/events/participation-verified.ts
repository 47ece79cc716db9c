import { IsIn, IsISO8601, IsOptional, IsUUID, Length } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { IsPoints } from '../fields/is-points';
import { EVENT_POINTS } from './event-points';

const METHODS = ['qr-gps', 'steward', 'integration'] as const;

export class ParticipationVerifiedV1 {
  @IsUUID()
  participationId: string;

  /** The citizen's pseudonymous id; personal data stays in identity. */
  @IsUUID()
  userId: string;

  @IsUUID()
  activityId: string;

  /** The activity's title when verified, so histories can say what the points were for. */
  @IsOptional()
  @Length(1, 200)
  activityTitle?: string;

  @IsPoints('positive', EVENT_POINTS)
  points: number;

  @IsIn(METHODS)
  method: (typeof METHODS)[number];

  @IsISO8601({ strict: true })
  verifiedAt: string;
}

export const ParticipationVerified = defineEvent({
  type: 'citypoints.verification.ParticipationVerified.v1',
  topic: Topics.verification,
  payload: ParticipationVerifiedV1,
});
