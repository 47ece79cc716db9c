import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { VoucherIssued } from './voucher-issued';

describeEventSchema({
  type: VoucherIssued,
  topic: Topics.rewards,
  valid: () => ({
    redemptionId: randomUUID(),
    voucherId: randomUUID(),
    offerId: randomUUID(),
    partnerId: randomUUID(),
    userId: randomUUID(),
    expiresAt: '2027-06-30T00:00:00.000Z',
  }),
  accepts: [],
  refuses: [
    [{ voucherId: 'v-1' }, 'data.voucherId: voucherId must be a UUID'],
    [{ expiresAt: 'next June' }, 'data.expiresAt: expiresAt must be a valid ISO 8601 date string'],
    [{ code: 'K7QX-3M9P' }, 'data.code: property code should not exist'],
  ],
});
