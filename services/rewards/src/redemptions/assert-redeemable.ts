import { DomainError } from '@citypoints/contracts';
import { Offer } from '../offers/offer';
import { unknownOffer } from '../offers/unknown-offer';

/** What the offer already has out: its units reserved or issued, all and the person's. */
export interface TakenUnits {
  /** Pending and issued redemptions of the offer, everybody's. */
  all: number;
  /** Pending and issued redemptions of the offer by the person who asks now. */
  mine: number;
}

/**
 * Throws unless the person may reserve one unit of `offer` at `now` (issue 14): 404
 * `unknown-offer` for none or one that never went on sale (draft, submitted: residents do not
 * see those); 409 `offer-not-on-sale` when paused, ended or outside [saleStartsAt,
 * saleEndsAt); 409 `limit-reached` when the person holds perPersonLimit units already; 409
 * `offer-sold-out` when every unit of the stock is reserved or issued. Null stock or limit is
 * unlimited.
 */
export function assertRedeemable(
  tenantId: string,
  offerId: string,
  offer: Offer | undefined,
  taken: TakenUnits,
  now: Date,
): asserts offer is Offer {
  if (!offer || offer.state === 'draft' || offer.state === 'submitted') {
    throw unknownOffer(tenantId, offerId);
  }
  const at = now.toISOString();
  if (offer.state !== 'published' || at < offer.saleStartsAt || at >= offer.saleEndsAt) {
    throw refusal('offer-not-on-sale', `offer ${offerId} is not on sale now`);
  }
  if (offer.perPersonLimit !== null && taken.mine >= offer.perPersonLimit) {
    throw refusal(
      'limit-reached',
      `one person may redeem offer ${offerId} at most ${offer.perPersonLimit} times`,
    );
  }
  if (offer.stock !== null && taken.all >= offer.stock) {
    throw refusal('offer-sold-out', `offer ${offerId} is sold out`);
  }
}

function refusal(code: string, message: string): DomainError {
  return new DomainError('conflict', code, message, 'offerId');
}
