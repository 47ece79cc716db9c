import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { MemberLeftGroup } from './member-left-group';

describeEventSchema({
  type: MemberLeftGroup,
  topic: Topics.identity,
  valid: () => ({ groupId: randomUUID(), userId: randomUUID() }),
  accepts: [],
  refuses: [
    [{ groupId: 'g-1' }, 'data.groupId: groupId must be a UUID'],
    [{ userId: undefined }, 'data.userId: userId must be a UUID'],
    [{ displayName: 'Ana' }, 'data.displayName: property displayName should not exist'],
  ],
});
