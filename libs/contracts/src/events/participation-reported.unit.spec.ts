import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { ParticipationReported } from './participation-reported';

describeEventSchema({
  type: ParticipationReported,
  topic: Topics.participationReported,
  valid: () => ({
    externalId: 'FIXA-2026-000123',
    userId: randomUUID(),
    activityId: randomUUID(),
    occurredAt: '2026-11-25T09:58:00+01:00',
  }),
  accepts: [{ externalId: 'x' }, { externalId: 'a'.repeat(200) }],
  refuses: [
    [{ externalId: '' }, 'data.externalId'],
    [{ externalId: 'a'.repeat(201) }, 'data.externalId'],
    [{ externalId: 'two words' }, 'data.externalId: externalId must be 1-200 printable ASCII'],
    [{ userId: 'someone@example.org' }, 'data.userId: userId must be a UUID'],
    [{ activityId: undefined }, 'data.activityId: activityId must be a UUID'],
    [{ occurredAt: 'last week' }, 'data.occurredAt: occurredAt must be a valid ISO 8601'],
    [{ points: 1000 }, 'data.points: property points should not exist'],
  ],
});
