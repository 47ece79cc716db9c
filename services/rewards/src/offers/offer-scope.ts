import { Caller } from '../partners/caller';
import { Offer } from './offer';

/**
 * Which of a tenant's offers a caller may see: `all` (its admins); a `partner`'s (its staff;
 * none while the account is bound to no partner); or the `catalogue`: published offers whose
 * sale window holds the instant of the read (everyone else of the tenant).
 */
export type OfferScope =
  { kind: 'all' } | { kind: 'partner'; partnerId: string | null } | { kind: 'catalogue' };

/** The scope of the offers `caller` may see. */
export function offerScopeOf(caller: Caller): OfferScope {
  if (caller.kind === 'admin') return { kind: 'all' };
  if (caller.kind === 'staff') return { kind: 'partner', partnerId: caller.partnerId ?? null };
  return { kind: 'catalogue' };
}

/**
 * Whether `offer` is in `scope` at `now`: the sale window includes its start and excludes its
 * end. The store's listOffers applies the same rule in SQL.
 */
export function isInScope(scope: OfferScope, offer: Offer, now: Date): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'partner') return offer.partnerId === scope.partnerId;
  const at = now.getTime();
  const open = Date.parse(offer.saleStartsAt) <= at && at < Date.parse(offer.saleEndsAt);
  return offer.state === 'published' && open;
}
