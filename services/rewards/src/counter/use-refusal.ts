import { Problem } from '@citypoints/platform';
import { formatVoucherCode } from '../vouchers/voucher-code';
import { CounterVoucher } from './counter-voucher';
import { counterVoucherState } from './counter-voucher-state';
import { unknownVoucher } from './unknown-voucher';

/**
 * Why the counter could not use the voucher of `code` at `now`, `v` being what it reads after
 * its conditional UPDATE took no row: 404 `unknown-voucher` when there is none for the caller;
 * 409 `voucher-used` with extension members `usedAt` (ISO-8601 UTC) and `usedAtCounter` (the
 * label, or null) and a detail saying when and where; 409 `voucher-cancelled` with
 * `cancelledAt`; 409 `voucher-expired` with `expiresAt`. The same for a cancellation, which
 * takes only what a use would.
 * RFC 9457 §3.2 extension members, so a client need not parse the detail. A valid voucher here
 * is a bug (its UPDATE would have taken it): a plain Error, a 500.
 */
export function useRefusal(
  tenant: string,
  code: string,
  v: CounterVoucher | undefined,
  now: Date,
): Error {
  if (!v) return unknownVoucher(tenant, code);
  const shown = formatVoucherCode(v.code);
  const state = counterVoucherState(v, now);
  if (state === 'used' && v.usedAt) {
    const usedAt = v.usedAt.toISOString();
    const where = v.counter ? `at counter "${v.counter}"` : 'at a counter that gave no name';
    const detail = `voucher ${shown} was used already, at ${usedAt} (UTC) ${where}`;
    const extensions = { usedAt, usedAtCounter: v.counter ?? null };
    return new Problem(409, detail, undefined, {}, 'voucher-used', extensions);
  }
  if (state === 'cancelled' && v.cancelledAt) {
    const cancelledAt = v.cancelledAt.toISOString();
    const detail = `voucher ${shown} was cancelled at ${cancelledAt} (UTC) and its points refunded`;
    return new Problem(409, detail, undefined, {}, 'voucher-cancelled', { cancelledAt });
  }
  if (state === 'expired') {
    const expiresAt = v.expiresAt.toISOString();
    const detail = `voucher ${shown} expired at ${expiresAt} (UTC)`;
    return new Problem(409, detail, undefined, {}, 'voucher-expired', { expiresAt });
  }
  return new Error(`voucher ${v.voucherId} is valid but its use took no row`);
}
