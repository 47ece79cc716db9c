import { DomainError } from '@citypoints/contracts';
import { formatVoucherCode } from '../vouchers/voucher-code';

/**
 * The 404 (code `unknown-voucher`) for a code that is no voucher of the tenant, or one of a
 * partner the caller is not staff of: one answer for both, so that staff learn nothing of
 * other partners' vouchers (issue 14).
 */
export function unknownVoucher(tenant: string, code: string): DomainError {
  return new DomainError(
    'not-found',
    'unknown-voucher',
    `no voucher ${formatVoucherCode(code)} for this counter in tenant ${tenant}`,
  );
}
