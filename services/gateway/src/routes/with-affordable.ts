import { BalanceDto, OfferDto, OfferListDto } from '@citypoints/http-contracts';
import { PartRequest, RouteCall } from './gateway-route';
import { CatalogueDto, CatalogueOfferDto } from './catalogue.dto';

/** The caller's own balance, from the ledger (GET …/accounts/:me/balance). */
export function balancePart(_answer: unknown, call: RouteCall): PartRequest {
  return { service: 'ledger', path: `/tenants/${call.tenant}/accounts/${call.me}/balance` };
}

/** Points of the ledger's answer; a person the ledger holds no account for (staff) has 0. */
const pointsOf = (part: unknown): number => (part as BalanceDto | undefined)?.balance ?? 0;

const judged = (offer: OfferDto, balance: number): CatalogueOfferDto => ({
  ...offer,
  affordable: offer.pricePoints <= balance,
});

/**
 * Rewards' offers with `affordable` on each (pricePoints ≤ the caller's balance, in points) and
 * the balance itself. Only a hint: the ledger judges the debit when the person redeems.
 */
export function withAffordable(list: unknown, part: unknown): CatalogueDto {
  const balance = pointsOf(part);
  return { balance, offers: (list as OfferListDto).offers.map((o) => judged(o, balance)) };
}

/** One offer with `affordable`, as withAffordable judges it. */
export function offerWithAffordable(offer: unknown, part: unknown): CatalogueOfferDto {
  return judged(offer as OfferDto, pointsOf(part));
}
