import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { PersonalCardRevoked } from './personal-card-revoked';

describeEventSchema({
  type: PersonalCardRevoked,
  topic: Topics.identity,
  valid: () => ({ userId: randomUUID(), cardId: randomUUID() }),
  accepts: [],
  refuses: [
    [{ cardId: 'card-1' }, 'data.cardId: cardId must be a UUID'],
    [{ userId: undefined }, 'data.userId: userId must be a UUID'],
  ],
});
