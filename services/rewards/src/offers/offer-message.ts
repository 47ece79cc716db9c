import { createEvent, OfferPublished, OfferPublishedV1, Topics } from '@citypoints/contracts';
import { OutboxMessage } from '@citypoints/messaging';
import { Offer } from './offer';

/**
 * The outbox message of event `type` (OfferPublished, OfferPaused or OfferEnded) about
 * `offer`, keyed `<tenant>:<offer>` so that one offer's events arrive in order. OfferPublished
 * carries what prices and lists the offer (no free text); the others its ids only. Throws
 * InvalidEventError on data its schema refuses.
 */
export function offerMessage(type: string, offer: Offer): OutboxMessage {
  const { tenantId, offerId, partnerId } = offer;
  const data = type === OfferPublished ? published(offer) : { offerId, partnerId };
  const event = createEvent(type, data, {
    source: '/citypoints/rewards',
    tenantid: tenantId,
    subject: offerId,
  });
  return { topic: Topics.rewards, key: `${tenantId}:${offerId}`, event };
}

function published(offer: Offer): OfferPublishedV1 {
  const { offerId, partnerId, category, pricePoints, stock, perPersonLimit } = offer;
  const { saleStartsAt, saleEndsAt, version } = offer;
  return {
    offerId,
    partnerId,
    category,
    pricePoints,
    stock,
    perPersonLimit,
    saleStartsAt,
    saleEndsAt,
    version,
  };
}
