import { IsIn, IsInt, IsISO8601, IsUUID, Max, Min } from 'class-validator';
import { defineEvent } from './event-registry';
import { Topics } from './topics';

const MAX_POINTS = 1_000_000;

export class ParticipationVerifiedV1 {
  @IsUUID()
  participationId: string;

  /** The citizen's pseudonymous id; personal data stays in identity. */
  @IsUUID()
  userId: string;

  @IsUUID()
  activityId: string;

  @IsInt({ message: 'points must be a positive integer' })
  @Min(1, { message: 'points must be a positive integer' })
  @Max(MAX_POINTS)
  points: number;

  @IsIn(['qr-gps', 'steward', 'integration'])
  method: 'qr-gps' | 'steward' | 'integration';

  @IsISO8601({ strict: true })
  verifiedAt: string;
}

export const ParticipationVerified = defineEvent({
  type: 'citypoints.verification.ParticipationVerified.v1',
  topic: Topics.verification,
  payload: ParticipationVerifiedV1,
});

export class PointsEarnedV1 {
  /** The citizen's account: their pseudonymous user id. */
  @IsUUID()
  accountId: string;

  @IsUUID()
  participationId: string;

  @IsInt({ message: 'points must be a positive integer' })
  @Min(1, { message: 'points must be a positive integer' })
  @Max(MAX_POINTS)
  points: number;

  /** The account's balance after this credit. */
  @IsInt()
  @Min(0)
  balance: number;
}

export const PointsEarned = defineEvent({
  type: 'citypoints.ledger.PointsEarned.v1',
  topic: Topics.ledger,
  payload: PointsEarnedV1,
});
