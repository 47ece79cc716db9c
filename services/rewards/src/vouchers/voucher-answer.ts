import { VoucherDto } from '@citypoints/http-contracts';
import { formatVoucherCode } from './voucher-code';
import { Voucher } from './voucher';

/** A voucher as its owner reads it: the code formatted in groups, times ISO-8601 UTC. */
export function voucherAnswer(v: Voucher): VoucherDto {
  return {
    voucherId: v.voucherId,
    redemptionId: v.redemptionId,
    offerId: v.offerId,
    partnerId: v.partnerId,
    code: formatVoucherCode(v.code),
    issuedAt: v.issuedAt.toISOString(),
    expiresAt: v.expiresAt.toISOString(),
  };
}
