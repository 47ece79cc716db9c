import { Offer } from '../offers/offer';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * When a voucher of `offer` issued at `issuedAt` expires: the offer's `validUntil` instant, or
 * `validDays` whole days of 24 hours after the issue (an offer has exactly one of them).
 */
export function voucherExpiry(
  offer: Pick<Offer, 'validDays' | 'validUntil'>,
  issuedAt: Date,
): Date {
  if (offer.validUntil !== undefined) return new Date(offer.validUntil);
  return new Date(issuedAt.getTime() + (offer.validDays ?? 0) * DAY_MS);
}
