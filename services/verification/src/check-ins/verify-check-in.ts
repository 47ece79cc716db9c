import {
  createEvent,
  ParticipationVerified,
  ParticipationVerifiedV1,
  Topics,
} from '@citypoints/contracts';
import { OutboxMessage } from '@citypoints/messaging';

/** A citizen's presence at an activity, as reported to verification. */
export interface CheckIn {
  userId: string;
  activityId: string;
  /** Whole points the activity is worth, 1 to 1 000 000. */
  points: number;
  method: ParticipationVerifiedV1['method'];
}

/** A check-in that verification accepted: the ledger credits its points once, by its id. */
export interface Participation extends CheckIn {
  id: string;
  tenantId: string;
  verifiedAt: Date;
}

/**
 * Verifies a check-in of the tenant as the participation `participationId` at `now`, with its
 * ParticipationVerified event for the outbox. The event is keyed `<tenant>:<user>` so that one
 * person's participations reach the ledger in order. Walking skeleton: every check-in is
 * accepted as it stands; the QR, GPS and steward checks of the verification issue belong here.
 */
export function verifyCheckIn(
  tenantId: string,
  checkIn: CheckIn,
  participationId: string,
  now: Date,
): { participation: Participation; message: OutboxMessage } {
  const { userId, activityId, points, method } = checkIn;
  const fields = { userId, activityId, points, method };
  const data: ParticipationVerifiedV1 = {
    participationId,
    ...fields,
    verifiedAt: now.toISOString(),
  };
  const event = createEvent(ParticipationVerified, data, {
    source: '/citypoints/verification',
    tenantid: tenantId,
    subject: participationId,
  });
  return {
    participation: { id: participationId, tenantId, ...fields, verifiedAt: now },
    message: { topic: Topics.verification, key: `${tenantId}:${userId}`, event },
  };
}
