import { DomainError } from '@citypoints/contracts';

/**
 * The 404 (code `unknown-activity`) for an activity that is not in `tenant`, or not for the
 * reader to see: one answer for both, so that nobody learns of another tenant's or a draft's id.
 */
export function unknownActivity(tenant: string, activityId: string): DomainError {
  return new DomainError(
    'not-found',
    'unknown-activity',
    `activity ${activityId} does not exist in tenant ${tenant}`,
  );
}
