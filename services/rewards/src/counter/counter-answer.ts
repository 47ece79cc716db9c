import { CounterVoucherDto } from '@citypoints/http-contracts';
import { formatVoucherCode } from '../vouchers/voucher-code';
import { CounterVoucher } from './counter-voucher';
import { counterVoucherState } from './counter-voucher-state';

/**
 * `v` as a counter reads it at `now`: the code in groups, the offer's titles, the holder's
 * pseudonymous user id only, its state, and where it was used; times ISO-8601 UTC.
 */
export function counterAnswer(v: CounterVoucher, now: Date): CounterVoucherDto {
  return {
    voucherId: v.voucherId,
    code: formatVoucherCode(v.code),
    offer: { offerId: v.offerId, title: v.titles },
    holder: v.userId,
    issuedAt: v.issuedAt.toISOString(),
    expiresAt: v.expiresAt.toISOString(),
    state: counterVoucherState(v, now),
    ...(v.usedAt && { usedAt: v.usedAt.toISOString() }),
    ...(v.counter !== undefined && { usedAtCounter: v.counter }),
    ...(v.cancelledAt && { cancelledAt: v.cancelledAt.toISOString() }),
    ...(v.cancelReason !== undefined && { cancelReason: v.cancelReason }),
  };
}
