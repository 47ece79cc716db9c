import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { VoucherCancelled } from './voucher-cancelled';

describeEventSchema({
  type: VoucherCancelled,
  topic: Topics.rewards,
  valid: () => ({
    voucherId: randomUUID(),
    redemptionId: randomUUID(),
    offerId: randomUUID(),
    partnerId: randomUUID(),
    userId: randomUUID(),
    points: 150,
    cancelledAt: '2027-06-01T10:15:00.000Z',
  }),
  accepts: [],
  refuses: [
    [{ redemptionId: 'r-1' }, 'data.redemptionId: redemptionId must be a UUID'],
    [{ points: 0 }, 'data.points'],
    [
      { cancelledAt: 'today' },
      'data.cancelledAt: cancelledAt must be a valid ISO 8601 date string',
    ],
    [{ reason: 'changed mind' }, 'data.reason: property reason should not exist'],
  ],
});
