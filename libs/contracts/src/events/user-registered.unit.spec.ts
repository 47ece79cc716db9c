import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { UserRegistered } from './user-registered';

describeEventSchema({
  type: UserRegistered,
  topic: Topics.identity,
  valid: () => ({ userId: randomUUID(), role: 'citizen' }),
  accepts: [{ role: 'tenant-admin' }],
  refuses: [
    [{ role: 'mayor' }, 'data.role: role must be one of the following values'],
    [{ email: 'a@b.se' }, 'data.email: property email should not exist'],
  ],
});
