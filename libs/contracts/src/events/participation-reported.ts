import { IsISO8601, IsUUID, Length, Matches } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

/** A reporting system's own id of a participation: 1–200 printable ASCII characters. */
export const EXTERNAL_ID = /^[\x21-\x7e]{1,200}$/;

/**
 * Inbound, from a municipality's system (a fault-report system, a library): a person took part
 * in an activity. The tenant is the envelope's `tenantid`, the system its `source`. Verification
 * applies the activity's rules as to any check-in and credits one `externalId` once; an unknown
 * tenant, person or activity, or a payload that breaks this schema, goes to the dead-letter
 * topic with the reason.
 */
export class ParticipationReportedV1 {
  @Length(1, 200)
  @Matches(EXTERNAL_ID, { message: 'externalId must be 1-200 printable ASCII characters' })
  externalId: string;

  /** The person's pseudonymous City Points id, as the municipality's system knows it. */
  @IsUUID()
  userId: string;

  @IsUUID()
  activityId: string;

  /** When the person took part. */
  @IsISO8601({ strict: true })
  occurredAt: string;
}

export const ParticipationReported = defineEvent({
  type: 'citypoints.integration.ParticipationReported.v1',
  topic: Topics.participationReported,
  payload: ParticipationReportedV1,
});
