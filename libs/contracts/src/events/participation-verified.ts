import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsISO8601,
  IsOptional,
  IsUUID,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { IsPoints } from '../fields/is-points';
import { ACTIVITY_CATEGORIES, ACTIVITY_METHODS, ActivityCategory } from '../fields/activity-fields';
import { EVENT_POINTS } from './event-points';
import { ActivityImpactV1 } from './activity-snapshot';

/**
 * What vouched for a participation: the activity's signed code (with the phone's position for
 * qr-gps), a steward on site, a municipality's system, or a tenant admin who approved it from
 * the review queue.
 */
export const VERIFIERS = ['code', 'steward', 'integration', 'reviewer'] as const;

/** Who or what verified a participation: `id` is the steward's or reviewer's pseudonymous id. */
export class VerifiedBy {
  @IsIn(VERIFIERS)
  kind: (typeof VERIFIERS)[number];

  @IsOptional()
  @IsUUID()
  id?: string;
}

/**
 * A participation was verified: the ledger credits its points once, by participationId. The
 * fields after `verifiedAt` are absent only from events published before they existed.
 */
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

  @IsIn(ACTIVITY_METHODS)
  method: (typeof ACTIVITY_METHODS)[number];

  /** When verification accepted it. */
  @IsISO8601({ strict: true })
  verifiedAt: string;

  @IsOptional()
  @IsIn(ACTIVITY_CATEGORIES)
  activityCategory?: ActivityCategory;

  /** What the participation amounts to, for impact figures ("kg recycled" × 5). */
  @IsOptional()
  @ValidateNested()
  @Type(() => ActivityImpactV1)
  impact?: ActivityImpactV1;

  /** When the person took part: the scan, the steward's confirmation, the reported time. */
  @IsOptional()
  @IsISO8601({ strict: true })
  scannedAt?: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => VerifiedBy)
  verifiedBy?: VerifiedBy;

  /** The reporting system's own id of the participation (integration only). */
  @IsOptional()
  @Length(1, 200)
  @Matches(/^[\x21-\x7e]+$/, { message: 'externalId must be printable ASCII without spaces' })
  externalId?: string;
}

export const ParticipationVerified = defineEvent({
  type: 'citypoints.verification.ParticipationVerified.v1',
  topic: Topics.verification,
  payload: ParticipationVerifiedV1,
});
