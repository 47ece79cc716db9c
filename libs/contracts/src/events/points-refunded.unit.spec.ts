import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { PointsRefunded } from './points-refunded';

describeEventSchema({
  type: PointsRefunded,
  topic: Topics.ledger,
  valid: () => ({ accountId: randomUUID(), redemptionId: randomUUID(), points: 50, balance: 80 }),
  accepts: [],
  refuses: [
    [{ balance: -1 }, 'data.balance: balance must not be less than 0'],
    [{ points: -5 }, 'data.points'],
    [{ accountId: 'a-1' }, 'data.accountId: accountId must be a UUID'],
  ],
});
