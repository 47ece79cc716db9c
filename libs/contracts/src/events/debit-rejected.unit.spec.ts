import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { DebitRejected } from './debit-rejected';

describeEventSchema({
  type: DebitRejected,
  topic: Topics.ledger,
  valid: () => ({
    accountId: randomUUID(),
    redemptionId: randomUUID(),
    points: 50,
    balance: 10,
    reason: 'the account holds 10 points, fewer than the 50 asked for',
  }),
  accepts: [],
  refuses: [
    [{ reason: '' }, 'data.reason: reason must be longer than or equal to 1 characters'],
    [{ points: 0 }, 'data.points: points must be a positive integer'],
  ],
});
