import { appendToOutbox } from '@citypoints/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { Caller, isStaffOf } from '../partners/caller';
import { findPartner } from '../partners/partners.store';
import { unknownPartner } from '../partners/unknown-partner';
import { assertOfferFields } from './assert-offer-fields';
import { OfferChange, decideOfferChange } from './decide-offer-change';
import { Offer, OfferFields } from './offer';
import { offerMessage } from './offer-message';
import { partnersOwnOffersOnly } from './partners-own-offers-only';
import { isInScope, offerScopeOf } from './offer-scope';
import * as store from './offers.store';
import { unknownOffer } from './unknown-offer';

/**
 * The tenant's partners' offers (issue 14). Every change is stored with its event
 * (decideOfferChange) in one transaction, through the outbox, so the ledger and the app hear
 * of exactly the committed changes.
 */
@Injectable()
export class Offers {
  constructor(private readonly db: DataSource) {}

  /**
   * Creates a draft of `partnerId` with a new UUIDv7 id and version 1; a draft publishes
   * nothing. Admins create for any partner of the tenant, staff for their own only. Throws 403
   * `partners-own-offers-only` (another partner's staff, or a reader), 404 `unknown-partner`
   * (field partnerId), and assertOfferFields' refusals.
   */
  async create(
    tenantId: string,
    partnerId: string,
    fields: OfferFields,
    caller: Caller,
    now = new Date(),
  ): Promise<Offer> {
    if (caller.kind !== 'admin' && !isStaffOf(caller, partnerId)) {
      throw partnersOwnOffersOnly('partnerId');
    }
    assertOfferFields(fields, now);
    if (!(await findPartner(this.db.manager, tenantId, partnerId))) {
      throw unknownPartner(tenantId, partnerId, 'partnerId');
    }
    const offer: Offer = {
      ...fields,
      tenantId,
      offerId: uuidv7(),
      partnerId,
      state: 'draft',
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await store.insertOffer(this.db.manager, offer);
    return offer;
  }

  /** The tenant's offer if `caller` may see it at `now` (offerScopeOf); 404 `unknown-offer`. */
  async get(tenantId: string, offerId: string, caller: Caller, now = new Date()): Promise<Offer> {
    const offer = await store.findOffer(this.db.manager, tenantId, offerId);
    if (!offer || !isInScope(offerScopeOf(caller), offer, now)) {
      throw unknownOffer(tenantId, offerId);
    }
    return offer;
  }

  /** The tenant's offers that `caller` may see at `now`, newest first. */
  list(tenantId: string, caller: Caller, now = new Date()): Promise<Offer[]> {
    return store.listOffers(this.db.manager, tenantId, offerScopeOf(caller), now);
  }

  /**
   * Applies `change` to the tenant's offer (decideOfferChange) under a row lock, with its
   * event. Throws 403 `partners-own-offers-only` for a reader (a resident), 404 `unknown-offer`
   * for an offer the caller may not see (another partner's), decideOfferChange's refusals, and
   * those of assertOfferFields for a replacement.
   */
  async change(
    tenantId: string,
    offerId: string,
    change: OfferChange,
    caller: Caller,
    now = new Date(),
  ): Promise<Offer> {
    if (caller.kind === 'reader') throw partnersOwnOffersOnly();
    if (change.kind === 'replace') assertOfferFields(change.fields, now);
    return this.db.transaction(async (tx) => {
      const current = await store.findOffer(tx, tenantId, offerId, true);
      if (!current || !isInScope(offerScopeOf(caller), current, now)) {
        throw unknownOffer(tenantId, offerId);
      }
      const { offer, event } = decideOfferChange(current, change, caller, now);
      await store.updateOffer(tx, offer);
      if (event) await appendToOutbox(tx, [offerMessage(event, offer)]);
      return offer;
    });
  }
}
