import { CounterVoucherDto } from '@citypoints/http-contracts';
import { appendToOutbox } from '@citypoints/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Caller } from '../partners/caller';
import { normalizeVoucherCode } from '../vouchers/voucher-code';
import { counterAnswer } from './counter-answer';
import { counterScope } from './counter-scope';
import { cancelledMessage } from './cancelled-message';
import { findCounterVoucher, markVoucherCancelled, markVoucherUsed } from './counter.store';
import { unknownVoucher } from './unknown-voucher';
import { useRefusal } from './use-refusal';
import { usedMessage } from './used-message';

/**
 * A partner's counter (issue 14): looks a voucher up by its code, typed or scanned, and uses
 * it, once, or cancels it unused, which refunds its points through the ledger. Who may: counterScope (403 `partner-staff-only`); which code: normalizeVoucherCode
 * (400 `malformed-voucher-code`, `mistyped-voucher-code`, field `code`); another partner's
 * voucher is 404 `unknown-voucher`, as an unknown code is.
 */
@Injectable()
export class Counter {
  constructor(private readonly db: DataSource) {}

  /** The voucher of `code` as the counter sees it at `now` (valid, used or expired). */
  async lookup(
    tenant: string,
    caller: Caller,
    code: string,
    now = new Date(),
  ): Promise<CounterVoucherDto> {
    const { normalized, partnerId } = this.asked(tenant, caller, code);
    const v = await findCounterVoucher(this.db.manager, tenant, normalized, partnerId);
    if (!v) throw unknownVoucher(tenant, normalized);
    return counterAnswer(v, now);
  }

  /**
   * Uses the voucher of `code` at `now` at `counter` (the device's label, optional), and
   * publishes VoucherUsed in the same transaction. Refusals, with nothing changed: useRefusal.
   */
  async use(
    tenant: string,
    caller: Caller,
    input: { code: string; counter?: string },
    now = new Date(),
  ): Promise<CounterVoucherDto> {
    const { normalized, partnerId } = this.asked(tenant, caller, input.code);
    const usedBy = caller.kind === 'staff' ? caller.userId : undefined;
    const use = { usedAt: now, usedBy, counter: input.counter };
    return this.db.transaction(async (tx) => {
      const taken = await markVoucherUsed(tx, tenant, normalized, partnerId, use);
      const v = await findCounterVoucher(tx, tenant, normalized, partnerId);
      if (!taken || !v?.usedAt) throw useRefusal(tenant, normalized, v, now);
      await appendToOutbox(tx, [usedMessage({ ...v, usedAt: v.usedAt })]);
      return counterAnswer(v, now);
    });
  }

  /**
   * Cancels the unused, unexpired voucher of `code` at `now` for `reason` (kept in rewards
   * only), puts its unit back on sale, and publishes VoucherCancelled in the same transaction:
   * the ledger refunds the redemption's points from it (PointsRefunded). Refusals, with nothing
   * changed, as for a use (useRefusal): 404 `unknown-voucher`, 409 `voucher-used`,
   * `voucher-cancelled`, `voucher-expired`.
   */
  async cancel(
    tenant: string,
    caller: Caller,
    input: { code: string; reason: string },
    now = new Date(),
  ): Promise<CounterVoucherDto> {
    const { normalized, partnerId } = this.asked(tenant, caller, input.code);
    const cancelledBy = caller.kind === 'staff' ? caller.userId : undefined;
    const cancel = { cancelledAt: now, cancelledBy, reason: input.reason };
    return this.db.transaction(async (tx) => {
      const taken = await markVoucherCancelled(tx, tenant, normalized, partnerId, cancel);
      const v = await findCounterVoucher(tx, tenant, normalized, partnerId);
      if (!taken || !v?.cancelledAt) throw useRefusal(tenant, normalized, v, now);
      await appendToOutbox(tx, [cancelledMessage({ ...v, cancelledAt: v.cancelledAt }, taken)]);
      return counterAnswer(v, now);
    });
  }

  // The normalized code and whose vouchers to search (null: every partner's), or a refusal.
  private asked(tenant: string, caller: Caller, code: string) {
    const scope = counterScope(caller);
    const normalized = normalizeVoucherCode(code);
    if (scope.kind === 'every-partner') return { normalized, partnerId: null };
    if (!scope.partnerId) throw unknownVoucher(tenant, normalized);
    return { normalized, partnerId: scope.partnerId };
  }
}
