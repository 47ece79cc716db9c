import { CounterVoucherState } from '@citypoints/http-contracts';
import { CounterVoucher } from './counter-voucher';

/**
 * Whether `v` can be used at `now`: `used` once it was (even if it has expired since: the
 * counter learns more from when and where), `cancelled` once its partner cancelled it, else
 * `expired` from its `expiresAt` on (the instant itself included), else `valid`.
 */
export function counterVoucherState(
  v: Pick<CounterVoucher, 'usedAt' | 'cancelledAt' | 'expiresAt'>,
  now: Date,
): CounterVoucherState {
  if (v.usedAt) return 'used';
  if (v.cancelledAt) return 'cancelled';
  return v.expiresAt.getTime() <= now.getTime() ? 'expired' : 'valid';
}
