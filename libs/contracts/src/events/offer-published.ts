import { IsIn, IsInt, IsISO8601, IsUUID, Min, ValidateIf } from 'class-validator';
import { defineEvent } from '../define-event';
import { IsPoints } from '../fields/is-points';
import { OFFER_CATEGORIES, OfferCategory } from '../fields/offer-fields';
import { Topics } from '../topics';
import { EVENT_POINTS } from './event-points';

/**
 * A tenant admin published (approved, or resumed after a pause) a partner's offer: from its
 * sale start people may spend points on it. Carries what the ledger and the app need to price
 * and list it, no free text; `version` orders the snapshots of one offer (a resumed offer may
 * have been edited while paused). `stock` and `perPersonLimit` are null for unlimited; the sale
 * window is ISO-8601 UTC.
 */
export class OfferPublishedV1 {
  @IsUUID()
  offerId: string;

  @IsUUID()
  partnerId: string;

  @IsIn(OFFER_CATEGORIES)
  category: OfferCategory;

  @IsPoints('positive', EVENT_POINTS)
  pricePoints: number;

  @ValidateIf((data: OfferPublishedV1) => data.stock !== null)
  @IsInt()
  @Min(1)
  stock: number | null;

  @ValidateIf((data: OfferPublishedV1) => data.perPersonLimit !== null)
  @IsInt()
  @Min(1)
  perPersonLimit: number | null;

  @IsISO8601({ strict: true })
  saleStartsAt: string;

  @IsISO8601({ strict: true })
  saleEndsAt: string;

  @IsInt()
  @Min(1)
  version: number;
}

export const OfferPublished = defineEvent({
  type: 'citypoints.rewards.OfferPublished.v1',
  topic: Topics.rewards,
  payload: OfferPublishedV1,
});
