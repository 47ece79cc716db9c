import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { BonusAwarded } from './bonus-awarded';

describeEventSchema({
  type: BonusAwarded,
  topic: Topics.ledger,
  valid: () => ({
    accountId: randomUUID(),
    scope: 'group',
    period: '2026-11',
    place: 2,
    points: 50,
    balance: 150,
  }),
  accepts: [{ scope: 'individual' }],
  refuses: [
    [{ place: 0 }, 'data.place: place must not be less than 1'],
    [{ period: '' }, 'data.period: period must match'],
  ],
});
