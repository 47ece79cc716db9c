import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { ACTIVITY_METHODS } from '../fields/activity-fields';

/**
 * Why verification turned a claimed participation down, as stable codes clients translate
 * (issue 12). `review-rejected` is a tenant admin's decision from the review queue; its reason
 * text stays in verification, erasable.
 */
export const PARTICIPATION_REJECTIONS = [
  'malformed-code',
  'bad-signature',
  'foreign-tenant',
  'unknown-activity',
  'superseded-code',
  'expired-code',
  'method-not-allowed',
  'not-open',
  'accuracy-too-poor',
  'outside-place',
  'once-per-occurrence',
  'limit-reached',
  'cooldown',
  'impossible-travel',
  'scan-in-future',
  'scan-too-old',
  'invalid-personal-code',
  'unknown-person',
  'review-rejected',
] as const;
export type ParticipationRejection = (typeof PARTICIPATION_REJECTIONS)[number];

/** A claimed participation was refused; nothing is credited. No personal data, no free text. */
export class ParticipationRejectedV1 {
  @IsUUID()
  participationId: string;

  @IsUUID()
  userId: string;

  @IsUUID()
  activityId: string;

  @IsIn(ACTIVITY_METHODS)
  method: (typeof ACTIVITY_METHODS)[number];

  @IsIn(PARTICIPATION_REJECTIONS)
  reason: ParticipationRejection;

  @IsISO8601({ strict: true })
  scannedAt: string;

  @IsISO8601({ strict: true })
  rejectedAt: string;
}

export const ParticipationRejected = defineEvent({
  type: 'citypoints.verification.ParticipationRejected.v1',
  topic: Topics.verification,
  payload: ParticipationRejectedV1,
});
