import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { GroupDeleted } from './group-deleted';

describeEventSchema({
  type: GroupDeleted,
  topic: Topics.identity,
  valid: () => ({ groupId: randomUUID() }),
  accepts: [],
  refuses: [
    [{ groupId: 'g-1' }, 'data.groupId: groupId must be a UUID'],
    [{ name: 'Os Golfinhos' }, 'data.name: property name should not exist'],
  ],
});
