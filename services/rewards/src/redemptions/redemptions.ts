import { DomainError } from '@citypoints/contracts';
import { RedemptionAcceptedDto, RedemptionDto } from '@citypoints/http-contracts';
import { appendToOutbox } from '@citypoints/messaging';
import { Actor, keyReused, requestHash } from '@citypoints/platform';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { findOffer } from '../offers/offers.store';
import { callerOf } from '../partners/caller';
import { voucherAnswer } from '../vouchers/voucher-answer';
import { voucherQrSvg } from '../vouchers/voucher-qr';
import { voucherOfRedemption } from '../vouchers/vouchers.store';
import { assertRedeemable } from './assert-redeemable';
import { Redemption } from './redemption';
import { requestedMessage } from './redemption-messages';
import * as store from './redemptions.store';

/**
 * The redemption saga's first step and its reads (issue 14). A request reserves one unit of
 * an offer and asks the ledger for its price (RedemptionRequested), in one transaction under
 * the offer's row lock, so that concurrent requests never reserve more than the stock or the
 * person's limit; RedemptionSettlement and RedemptionTimeouts take it from there.
 */
@Injectable()
export class Redemptions {
  constructor(private readonly db: DataSource) {}

  /**
   * `actor` redeems `offerId` of the tenant with Idempotency-Key `key`: answers the new
   * pending redemption, or the one the key made before (a retry buys nothing twice). Throws
   * 403 `residents-only` without an acting person of the tenant, 422 `idempotency-key-reused`
   * for the key with another offer, and assertRedeemable's refusals (nothing is kept for
   * those: a retry is judged afresh).
   */
  async request(
    tenantId: string,
    actor: Actor | undefined,
    key: string,
    offerId: string,
    now = new Date(),
  ): Promise<RedemptionAcceptedDto> {
    if (!actor || actor.tenant !== tenantId) {
      throw new DomainError('forbidden', 'residents-only', 'only a person of the tenant redeems');
    }
    const { userId } = actor;
    const hash = requestHash({ offerId });
    const redemption = await this.db.transaction(async (tx) => {
      await store.lockPerson(tx, tenantId, userId);
      const kept = await store.findByKey(tx, tenantId, userId, key);
      if (kept) {
        if (kept.requestHash !== hash) throw keyReused('redemption');
        return kept;
      }
      const offer = await findOffer(tx, tenantId, offerId, true);
      const taken = await store.takenUnits(tx, tenantId, offerId, userId);
      assertRedeemable(tenantId, offerId, offer, taken, now);
      const created: Redemption = {
        tenantId,
        redemptionId: uuidv7(),
        userId,
        offerId,
        points: offer.pricePoints,
        state: 'pending',
        idempotencyKey: key,
        requestHash: hash,
        asks: 1,
        requestedAt: now,
        askedAt: now,
      };
      await store.insertRedemption(tx, created);
      await appendToOutbox(tx, [requestedMessage(created)]);
      return created;
    });
    // The answer to the key, as first given: accepted and pending, whatever happened since.
    return { redemptionId: redemption.redemptionId, state: 'pending' };
  }

  /**
   * The tenant's redemption as it stands, with its voucher (code and QR) once issued, for its
   * person or a tenant admin; 404 `unknown-redemption` for anyone else, as for an unknown id.
   */
  async get(
    tenantId: string,
    redemptionId: string,
    actor: Actor | undefined,
  ): Promise<RedemptionDto> {
    const r = await store.findRedemption(this.db.manager, tenantId, redemptionId);
    const mayRead = callerOf(actor, tenantId).kind === 'admin' || r?.userId === actor?.userId;
    if (!r || !mayRead) {
      throw new DomainError(
        'not-found',
        'unknown-redemption',
        `redemption ${redemptionId} does not exist in tenant ${tenantId}`,
      );
    }
    const voucher = await voucherOfRedemption(this.db.manager, tenantId, redemptionId);
    const answer = voucher && voucherAnswer(voucher);
    return {
      redemptionId: r.redemptionId,
      offerId: r.offerId,
      userId: r.userId,
      points: r.points,
      state: r.state,
      ...(r.reason && { reason: r.reason }),
      requestedAt: r.requestedAt.toISOString(),
      ...(answer && { voucher: { ...answer, qrSvg: await voucherQrSvg(answer.code) } }),
    };
  }
}
