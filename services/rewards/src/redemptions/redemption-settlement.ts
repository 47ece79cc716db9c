import { CloudEvent, DebitRejectedV1, PointsSpentV1 } from '@citypoints/contracts';
import { appendToOutbox } from '@citypoints/messaging';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { findOffer } from '../offers/offers.store';
import { Voucher } from '../vouchers/voucher';
import { newVoucherCode, normalizeVoucherCode } from '../vouchers/voucher-code';
import { voucherExpiry } from '../vouchers/voucher-expiry';
import { insertVoucher } from '../vouchers/vouchers.store';
import { Redemption } from './redemption';
import { failedMessage, issuedMessage } from './redemption-messages';
import * as store from './redemptions.store';

/**
 * The redemption saga's end, from the ledger's answers: PointsSpent issues the voucher,
 * DebitRejected fails the redemption and so releases its unit. Each runs in the consumer's
 * transaction under the redemption's row lock, so it acts once, after or before the timeout
 * resolver, never beside it. An answer about a redemption this tenant does not have (another
 * deployment's, another tenant's) is logged and skipped.
 */
@Injectable()
export class RedemptionSettlement {
  private readonly logger = new Logger(RedemptionSettlement.name);

  /**
   * The ledger took the points: a pending redemption gets its voucher (a new code, expiring
   * per voucherExpiry) and VoucherIssued. An issued one changes nothing. A failed one (timed
   * out, or rejected before a repeated ask was debited) stays failed, its unit on sale: the
   * ledger gives the points back when it reads the redemption's RedemptionFailed, which rewards
   * published after every ask on the same key, so it comes after this debit (Redemptions.refund
   * in the ledger).
   */
  async spent(tx: EntityManager, event: CloudEvent<PointsSpentV1>, now = new Date()) {
    const r = await this.redemptionOf(tx, event, event.data);
    if (!r || r.state !== 'pending') {
      if (r?.state === 'failed') {
        this.logger.log(
          `redemption ${r.redemptionId} failed (${r.reason}) before its late debit: the ledger refunds it`,
        );
      }
      return;
    }
    const offer = await findOffer(tx, r.tenantId, r.offerId);
    if (!offer) throw new Error(`offer ${r.offerId} of redemption ${r.redemptionId} is gone`);
    const voucher: Voucher = {
      tenantId: r.tenantId,
      voucherId: uuidv7(),
      redemptionId: r.redemptionId,
      userId: r.userId,
      offerId: r.offerId,
      partnerId: offer.partnerId,
      code: normalizeVoucherCode(newVoucherCode()),
      issuedAt: now,
      expiresAt: voucherExpiry(offer, now),
    };
    await insertVoucher(tx, voucher);
    await store.resolveRedemption(tx, r, now);
    await appendToOutbox(tx, [issuedMessage(r, voucher)]);
  }

  /**
   * The ledger refused the debit: a pending redemption fails with `not-enough-points` (its unit
   * back on sale) and RedemptionFailed; a resolved one changes nothing.
   */
  async rejected(tx: EntityManager, event: CloudEvent<DebitRejectedV1>, now = new Date()) {
    const r = await this.redemptionOf(tx, event, event.data);
    if (!r || r.state !== 'pending') return;
    await store.resolveRedemption(tx, r, now, 'not-enough-points');
    await appendToOutbox(tx, [failedMessage(r, 'not-enough-points')]);
  }

  private async redemptionOf(
    tx: EntityManager,
    event: CloudEvent,
    { redemptionId, accountId }: { redemptionId: string; accountId: string },
  ): Promise<Redemption | undefined> {
    const r = await store.findRedemption(tx, event.tenantid, redemptionId, true);
    if (r && r.userId === accountId) return r;
    this.logger.warn(
      `${event.type} ${event.id}: no redemption ${redemptionId} of ${accountId} in ${event.tenantid}: skipped`,
    );
    return undefined;
  }
}
