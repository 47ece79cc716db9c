import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { CausePublished } from './cause-published';

describeEventSchema({
  type: CausePublished,
  topic: Topics.rewards,
  valid: () => ({ causeId: randomUUID() }),
  accepts: [],
  refuses: [
    [{ causeId: 'animal-shelter' }, 'data.causeId: causeId must be a UUID'],
    [{ name: 'Shelter' }, 'data.name: property name should not exist'],
  ],
});
