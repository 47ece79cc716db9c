import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { SessionsRevoked } from './sessions-revoked';

describeEventSchema({
  type: SessionsRevoked,
  topic: Topics.identity,
  valid: () => ({ userId: randomUUID(), generation: 1 }),
  accepts: [{ generation: 2_000_000 }],
  refuses: [
    [{ userId: 'ana' }, 'data.userId: userId must be a UUID'],
    [{ generation: 0 }, 'data.generation: generation must not be less than 1'],
    [{ generation: 1.5 }, 'data.generation: generation must be an integer number'],
    [{ generation: undefined }, 'data.generation: generation must be an integer number'],
  ],
});
