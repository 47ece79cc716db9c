import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { PointsExpired } from './points-expired';

describeEventSchema({
  type: PointsExpired,
  topic: Topics.ledger,
  valid: () => ({
    accountId: randomUUID(),
    points: 30,
    creditedBefore: '2025-11-29T00:00:00.000Z',
    balance: 0,
  }),
  accepts: [],
  refuses: [
    [{ creditedBefore: 'last year' }, 'data.creditedBefore: creditedBefore must be a valid ISO'],
    [{ points: 0 }, 'data.points: points must be a positive integer'],
  ],
});
