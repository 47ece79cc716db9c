import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { RedemptionFailed } from './redemption-failed';

describeEventSchema({
  type: RedemptionFailed,
  topic: Topics.rewards,
  valid: () => ({
    redemptionId: randomUUID(),
    offerId: randomUUID(),
    userId: randomUUID(),
    reason: 'not-enough-points',
  }),
  accepts: [{ reason: 'timed-out' }],
  refuses: [
    [{ userId: 'ana' }, 'data.userId: userId must be a UUID'],
    [
      { reason: 'bored' },
      'data.reason: reason must be one of the following values: not-enough-points, timed-out',
    ],
  ],
});
