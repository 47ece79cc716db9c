import { DomainError } from '@citypoints/contracts';

/**
 * The 403 (code `partners-own-offers-only`) for a change of an offer by anyone but a tenant
 * admin or the offer's own partner staff; `field` names the request field that named another
 * partner, when one did (`partnerId`).
 */
export function partnersOwnOffersOnly(field?: string): DomainError {
  const message = "only a tenant admin or the partner's own staff may manage its offers";
  return new DomainError('forbidden', 'partners-own-offers-only', message, field);
}
