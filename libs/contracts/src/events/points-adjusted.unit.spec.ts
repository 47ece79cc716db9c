import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { PointsAdjusted, PointsAdjustedV2Type } from './points-adjusted';

describeEventSchema({
  type: PointsAdjusted,
  topic: Topics.ledger,
  valid: () => ({
    accountId: randomUUID(),
    adjustmentId: randomUUID(),
    points: -20,
    reason: 'counted twice at the beach clean-up',
    adjustedBy: randomUUID(),
    balance: 80,
  }),
  accepts: [{ points: 20 }],
  refuses: [
    [{ points: 0 }, 'data.points: points should not be equal to 0'],
    [{ reason: 'x' }, 'data.reason: reason must be longer than or equal to 3 characters'],
    [{ adjustedBy: undefined }, 'data.adjustedBy: adjustedBy must be a UUID'],
  ],
});

describeEventSchema({
  type: PointsAdjustedV2Type,
  topic: Topics.ledger,
  valid: () => ({
    accountId: randomUUID(),
    adjustmentId: randomUUID(),
    points: -20,
    adjustedBy: randomUUID(),
    balance: 80,
  }),
  accepts: [{ points: 20 }],
  refuses: [
    [{ reason: 'goodwill for Ana' }, 'data.reason: property reason should not exist'],
    [{ points: 0 }, 'data.points: points should not be equal to 0'],
    [{ balance: -1 }, 'data.balance: balance must not be less than 0'],
  ],
});
