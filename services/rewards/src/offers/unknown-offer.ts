import { DomainError } from '@citypoints/contracts';

/**
 * The 404 (code `unknown-offer`) for an offer that is not in `tenant`, or not for the reader to
 * see (another partner's, a draft, one out of its sale window): one answer for all, so that
 * nobody learns of an offer's id they may not see.
 */
export function unknownOffer(tenant: string, offerId: string): DomainError {
  return new DomainError(
    'not-found',
    'unknown-offer',
    `offer ${offerId} does not exist in tenant ${tenant}`,
  );
}
