import { DomainError } from '@citypoints/contracts';

/** A tenant admin asked to adjust their own account (403). */
export class OwnAccountAdjustmentError extends DomainError {
  constructor() {
    super('forbidden', 'own-account-adjustment', 'a tenant admin cannot adjust their own account');
  }
}

/** Throws OwnAccountAdjustmentError when the admin and the account are one person (item 8). */
export function assertNotOwnAccount(accountId: string, adjustedBy: string): void {
  if (accountId === adjustedBy) throw new OwnAccountAdjustmentError();
}

/**
 * The reason an adjustment's entries carry in the event store: only the admin's pseudonymous
 * id, never their free text, which AdjustmentNotes keeps.
 */
export function adjustmentReason(adjustedBy: string): string {
  return `adjusted by ${adjustedBy}`;
}
