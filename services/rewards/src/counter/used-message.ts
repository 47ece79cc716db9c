import { createEvent, Topics, VoucherUsed, VoucherUsedV1 } from '@citypoints/contracts';
import { OutboxMessage } from '@citypoints/messaging';
import { CounterVoucher } from './counter-voucher';

/**
 * VoucherUsed for `v` (used: its `usedAt` is set), without its code or its holder. Subject:
 * the voucher id; keyed `<tenant>:<userId>` like the voucher's VoucherIssued, so that readers
 * get a voucher's issue before its use.
 */
export function usedMessage(v: CounterVoucher & { usedAt: Date }): OutboxMessage {
  const event = createEvent<VoucherUsedV1>(
    VoucherUsed,
    {
      voucherId: v.voucherId,
      offerId: v.offerId,
      partnerId: v.partnerId,
      usedAt: v.usedAt.toISOString(),
    },
    { source: '/citypoints/rewards', tenantid: v.tenantId, subject: v.voucherId },
  );
  return { topic: Topics.rewards, key: `${v.tenantId}:${v.userId}`, event };
}
