import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { VoucherUsed } from './voucher-used';

describeEventSchema({
  type: VoucherUsed,
  topic: Topics.rewards,
  valid: () => ({
    voucherId: randomUUID(),
    offerId: randomUUID(),
    partnerId: randomUUID(),
    usedAt: '2027-06-01T10:15:00.000Z',
  }),
  accepts: [],
  refuses: [
    [{ voucherId: 'v-1' }, 'data.voucherId: voucherId must be a UUID'],
    [{ usedAt: 'this morning' }, 'data.usedAt: usedAt must be a valid ISO 8601 date string'],
    [{ code: 'K7QX-3M9P' }, 'data.code: property code should not exist'],
  ],
});
