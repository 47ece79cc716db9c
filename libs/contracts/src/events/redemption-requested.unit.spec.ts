import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { RedemptionRequested } from './redemption-requested';

describeEventSchema({
  type: RedemptionRequested,
  topic: Topics.rewards,
  valid: () => ({
    redemptionId: randomUUID(),
    userId: randomUUID(),
    offerId: randomUUID(),
    points: 50,
  }),
  accepts: [{ points: 1_000_000 }],
  refuses: [
    [{ userId: 'user-1' }, 'data.userId: userId must be a UUID'],
    [{ points: 0 }, 'data.points: points must be a positive integer'],
    [{ points: 2.5 }, 'data.points: points must be a positive integer'],
    [{ offerId: undefined }, 'data.offerId: offerId must be a UUID'],
  ],
});
