import { DomainError } from '@citypoints/contracts';

/**
 * The 404 (code `unknown-cause`) for a cause that is not in `tenant`, or not for the reader to
 * see: one answer for both, so that nobody learns of another tenant's or a draft's id.
 */
export function unknownCause(tenant: string, causeId: string): DomainError {
  return new DomainError(
    'not-found',
    'unknown-cause',
    `cause ${causeId} does not exist in tenant ${tenant}`,
  );
}
