import { DomainError } from '@citypoints/contracts';
import { Actor } from '@citypoints/platform';

/** The gateway's call names one person in its path or body and acts for another (403). */
export class NotTheActorError extends DomainError {
  constructor(message: string, field?: string) {
    super('forbidden', 'not-the-actor', message, field);
  }
}

/**
 * Throws NotTheActorError, naming `field`, unless the signed-in person the call acts for (when
 * it acts for one) is `personId` of `tenantId`: a citizen gives only their own points, an admin
 * adjusts only in their own name. Calls for nobody in particular (tools) are the gateway's to
 * check.
 */
export function assertActingFor(
  actor: Actor | undefined,
  tenantId: string,
  personId: string,
  field: string,
): void {
  if (actor && (actor.tenant !== tenantId || actor.userId !== personId)) {
    throw new NotTheActorError(`${field} must be the signed-in person the call acts for`, field);
  }
}
