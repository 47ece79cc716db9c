import { DomainError } from '@citypoints/contracts';

/**
 * The 404 (code `unknown-partner`) for a partner that is not in `tenant` or not the reader's
 * to see: one answer for both, so that nobody learns of another partner's id. `field` names
 * the request field that referred to it, when it was one (an offer's `partnerId`).
 */
export function unknownPartner(tenant: string, partnerId: string, field?: string): DomainError {
  const message = `partner ${partnerId} does not exist in tenant ${tenant}`;
  return new DomainError('not-found', 'unknown-partner', message, field);
}
