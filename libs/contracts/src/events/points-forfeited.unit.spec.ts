import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { PointsForfeited } from './points-forfeited';

describeEventSchema({
  type: PointsForfeited,
  topic: Topics.ledger,
  valid: () => ({ accountId: randomUUID(), points: 120, balance: 0 }),
  accepts: [{ balance: 5 }],
  refuses: [
    [{ points: 0 }, 'data.points: points must be a positive integer'],
    [{ balance: -1 }, 'data.balance: balance must not be less than 0'],
    [{ accountId: 'system:points-forfeited' }, 'data.accountId: accountId must be a UUID'],
  ],
});
