import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { ActivityArchived } from './activity-archived';

describeEventSchema({
  type: ActivityArchived,
  topic: Topics.activities,
  valid: () => ({ activityId: randomUUID() }),
  accepts: [],
  refuses: [
    [{ activityId: 'beach' }, 'data.activityId: activityId must be a UUID'],
    [{ points: 5 }, 'data.points: property points should not exist'],
  ],
});
