import { randomUUID } from 'node:crypto';
import { ParticipationVerifiedV1 } from '../events/participation-verified';

/** A valid ParticipationVerified payload for tests, with fresh ids. */
export function participationVerifiedData(): ParticipationVerifiedV1 {
  return {
    participationId: randomUUID(),
    userId: randomUUID(),
    activityId: randomUUID(),
    points: 25,
    method: 'qr-gps',
    verifiedAt: '2026-11-25T10:00:00.000Z',
  };
}
