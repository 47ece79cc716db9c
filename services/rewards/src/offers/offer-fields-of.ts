import { OfferFieldsDto } from '@citypoints/http-contracts';
import { OfferFields } from './offer';

const utc = (instant: string | undefined) => instant && new Date(instant).toISOString();

/**
 * The fields of an offer as a validated request states them, as plain JSON (no DTO instances,
 * no absent optional members, no `partnerId` or `version`), with every instant in UTC.
 */
export function offerFieldsOf(input: OfferFieldsDto): OfferFields {
  const { texts, imageUrl, category, pricePoints, stock, perPersonLimit } = input;
  const { saleStartsAt, saleEndsAt, validDays, validUntil, terms } = input;
  const fields = {
    texts,
    imageUrl,
    category,
    pricePoints,
    stock,
    perPersonLimit,
    validDays,
    terms,
  };
  return JSON.parse(
    JSON.stringify({
      ...fields,
      saleStartsAt: utc(saleStartsAt),
      saleEndsAt: utc(saleEndsAt),
      validUntil: utc(validUntil),
    }),
  );
}
