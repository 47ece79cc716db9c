import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { UserErased } from './user-erased';

describeEventSchema({
  type: UserErased,
  topic: Topics.identity,
  valid: () => ({ userId: randomUUID() }),
  accepts: [],
  refuses: [[{ userId: 'ana' }, 'data.userId: userId must be a UUID']],
});
