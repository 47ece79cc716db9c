import { DomainError } from '@citypoints/contracts';
import { OfferFields } from './offer';

/**
 * Asserts what no single field of an offer says, at `now`: the sale ends after it starts and
 * after now; a voucher's validity is given exactly one way, and a fixed `validUntil` is after
 * the sale ends (so that no voucher is sold already expired). Throws DomainError('invalid')
 * naming the field: `sale-ends-before-start`, `sale-ended` (saleEndsAt), `validity-required`
 * (validDays), `one-validity-only`, `valid-until-before-sale-end` (validUntil).
 */
export function assertOfferFields(fields: OfferFields, now: Date): void {
  const invalid = (code: string, message: string, field: string) =>
    new DomainError('invalid', code, message, field);
  const saleEnd = Date.parse(fields.saleEndsAt);
  if (saleEnd <= Date.parse(fields.saleStartsAt)) {
    throw invalid('sale-ends-before-start', 'saleEndsAt must be after saleStartsAt', 'saleEndsAt');
  }
  if (saleEnd <= now.getTime()) {
    throw invalid('sale-ended', 'saleEndsAt must be in the future', 'saleEndsAt');
  }
  const { validDays, validUntil } = fields;
  if (validDays === undefined && validUntil === undefined) {
    throw invalid('validity-required', 'validDays or validUntil is required', 'validDays');
  }
  if (validDays !== undefined && validUntil !== undefined) {
    throw invalid('one-validity-only', 'give validDays or validUntil, not both', 'validUntil');
  }
  if (validUntil !== undefined && Date.parse(validUntil) <= saleEnd) {
    const message = 'validUntil must be after saleEndsAt';
    throw invalid('valid-until-before-sale-end', message, 'validUntil');
  }
}
