import { HumanTextLimits } from '../text/human-text';

/**
 * What a partner's offer is for (issue 14); the app filters and shows icons by it. Defined here
 * rather than in the HTTP contracts because OfferPublished carries it too.
 */
export const OFFER_CATEGORIES = [
  'transit',
  'mobility',
  'culture',
  'sport',
  'shopping',
  'food',
  'other',
] as const;
export type OfferCategory = (typeof OFFER_CATEGORIES)[number];

/** An offer's title in one language, in characters as a reader counts them. */
export const OFFER_TITLE: HumanTextLimits = { min: 1, max: 120 };

/** An offer's description in one language: a few paragraphs, line breaks allowed. */
export const OFFER_DESCRIPTION: HumanTextLimits = { min: 1, max: 2000, multiline: true };

/** An offer's terms and conditions, as the partner words them; line breaks allowed. */
export const OFFER_TERMS: HumanTextLimits = { min: 1, max: 4000, multiline: true };

/** The longest a voucher may stay valid after it is issued, in days: about ten years. */
export const MAX_VOUCHER_VALID_DAYS = 3650;
