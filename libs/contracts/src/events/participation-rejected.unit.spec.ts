import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { ParticipationRejected } from './participation-rejected';

describeEventSchema({
  type: ParticipationRejected,
  topic: Topics.verification,
  valid: () => ({
    participationId: randomUUID(),
    userId: randomUUID(),
    activityId: randomUUID(),
    method: 'qr-gps',
    reason: 'outside-place',
    scannedAt: '2026-11-25T09:58:00.000Z',
    rejectedAt: '2026-11-25T09:58:01.000Z',
  }),
  accepts: [{ reason: 'review-rejected', method: 'steward' }, { reason: 'impossible-travel' }],
  refuses: [
    [{ reason: 'too far away' }, 'data.reason: reason must be one of the following values'],
    [{ userId: 'ana' }, 'data.userId: userId must be a UUID'],
    [{ scannedAt: undefined }, 'data.scannedAt: scannedAt must be a valid ISO 8601'],
    [{ note: 'Ana was not there' }, 'data.note: property note should not exist'],
  ],
});
