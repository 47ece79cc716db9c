import { createEvent, Topics, VoucherCancelled, VoucherCancelledV1 } from '@citypoints/contracts';
import { OutboxMessage } from '@citypoints/messaging';
import { CancelledVoucher } from './counter.store';
import { CounterVoucher } from './counter-voucher';

/**
 * VoucherCancelled for `v` (cancelled: its `cancelledAt` is set) and its redemption's points,
 * without its code or the partner's reason. Subject: the voucher id; keyed `<tenant>:<userId>`
 * like the redemption's RedemptionRequested, so the ledger refunds after it debited.
 */
export function cancelledMessage(
  v: CounterVoucher & { cancelledAt: Date },
  { redemptionId, points }: CancelledVoucher,
): OutboxMessage {
  const event = createEvent<VoucherCancelledV1>(
    VoucherCancelled,
    {
      voucherId: v.voucherId,
      redemptionId,
      offerId: v.offerId,
      partnerId: v.partnerId,
      userId: v.userId,
      points,
      cancelledAt: v.cancelledAt.toISOString(),
    },
    { source: '/citypoints/rewards', tenantid: v.tenantId, subject: v.voucherId },
  );
  return { topic: Topics.rewards, key: `${v.tenantId}:${v.userId}`, event };
}
