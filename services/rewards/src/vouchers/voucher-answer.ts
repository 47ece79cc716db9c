import { VoucherDto } from '@citypoints/http-contracts';
import { counterVoucherState } from '../counter/counter-voucher-state';
import { formatVoucherCode } from './voucher-code';
import { Voucher } from './voucher';

/**
 * A voucher as its owner reads it at `now`: the code formatted in groups, whether it can be
 * used (counterVoucherState's rule, as the partner's counter sees it), times ISO-8601 UTC.
 */
export function voucherAnswer(v: Voucher, now = new Date()): VoucherDto {
  return {
    voucherId: v.voucherId,
    redemptionId: v.redemptionId,
    offerId: v.offerId,
    partnerId: v.partnerId,
    code: formatVoucherCode(v.code),
    issuedAt: v.issuedAt.toISOString(),
    expiresAt: v.expiresAt.toISOString(),
    state: counterVoucherState(v, now),
    ...(v.usedAt && { usedAt: v.usedAt.toISOString() }),
    ...(v.cancelledAt && { cancelledAt: v.cancelledAt.toISOString() }),
  };
}
