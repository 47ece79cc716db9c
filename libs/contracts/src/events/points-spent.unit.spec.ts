import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { PointsSpent } from './points-spent';

describeEventSchema({
  type: PointsSpent,
  topic: Topics.ledger,
  valid: () => ({ accountId: randomUUID(), redemptionId: randomUUID(), points: 50, balance: 0 }),
  accepts: [],
  refuses: [
    [{ balance: -1 }, 'data.balance: balance must not be less than 0'],
    [{ redemptionId: 'r-1' }, 'data.redemptionId: redemptionId must be a UUID'],
  ],
});
