import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { GroupCreated } from './group-created';

describeEventSchema({
  type: GroupCreated,
  topic: Topics.identity,
  valid: () => ({ groupId: randomUUID(), kind: 'school', createdBy: randomUUID() }),
  accepts: [{ kind: 'team' }, { kind: 'association' }, { kind: 'neighbourhood' }],
  refuses: [
    [{ groupId: 'g-1' }, 'data.groupId: groupId must be a UUID'],
    [{ kind: 'club' }, 'data.kind: kind must be one of the following values'],
    [{ createdBy: undefined }, 'data.createdBy: createdBy must be a UUID'],
    [{ name: 'Beach cleaners' }, 'data.name: property name should not exist'],
  ],
});
