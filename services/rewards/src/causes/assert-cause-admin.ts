import { DomainError } from '@citypoints/contracts';
import { Actor } from '@citypoints/platform';

/**
 * Throws DomainError('forbidden', 'tenant-admins-only') unless the signed-in person the call
 * acts for is a tenant admin of `tenant` (issue 14: tenant admins manage its causes). A call
 * for nobody in particular is a tool holding the service credential (seeding demo data); the
 * gateway never sends one for a person's request.
 */
export function assertCauseAdmin(actor: Actor | undefined, tenant: string): void {
  if (isCauseAdmin(actor, tenant)) return;
  throw new DomainError(
    'forbidden',
    'tenant-admins-only',
    `only a tenant admin of ${tenant} may manage its causes`,
  );
}

/** Whether `actor` manages `tenant`'s causes: its tenant admins, and tools (no actor). */
export function isCauseAdmin(actor: Actor | undefined, tenant: string): boolean {
  return !actor || (actor.role === 'tenant-admin' && actor.tenant === tenant);
}
