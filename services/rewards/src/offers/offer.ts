import { Locale, OfferCategory } from '@citypoints/contracts';
import { OfferState } from '@citypoints/http-contracts';

/** An offer's title and description in one language. */
export interface OfferText {
  title: string;
  description: string;
}

/**
 * What a partner (or a tenant admin) says about an offer: texts per language (at least one),
 * an https image, a category, the price in whole points, the stock of vouchers and the most
 * one person may get (null: unlimited), the sale window (ISO-8601 UTC instants, end after
 * start), how long a voucher is valid (exactly one of `validDays` after issue or the instant
 * `validUntil`, after the sale ends) and the terms.
 */
export interface OfferFields {
  texts: Partial<Record<Locale, OfferText>>;
  imageUrl?: string;
  category: OfferCategory;
  pricePoints: number;
  stock: number | null;
  perPersonLimit: number | null;
  saleStartsAt: string;
  saleEndsAt: string;
  validDays?: number;
  validUntil?: string;
  terms: string;
}

/**
 * An offer of one of the tenant's partners: its fields, its state in the draft → submitted →
 * published ⇄ paused → ended life cycle, the admin's reason while a rejected draft, and its
 * version (1, 2, …; raised by every change, for optimistic updates).
 */
export interface Offer extends OfferFields {
  tenantId: string;
  offerId: string;
  partnerId: string;
  state: OfferState;
  rejectionReason?: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}
