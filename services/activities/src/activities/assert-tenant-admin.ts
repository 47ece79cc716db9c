import { DomainError } from '@citypoints/contracts';
import { Actor } from '@citypoints/platform';

/**
 * Throws DomainError('forbidden', 'tenant-admins-only') unless the signed-in person the call
 * acts for is a tenant admin of `tenant` (issue 12: tenant admins manage the catalogue). A call
 * for nobody in particular is a tool holding the service credential (seeding demo data), as
 * identity's addPersonRefusal allows; the gateway never sends one for a person's request.
 */
export function assertTenantAdmin(actor: Actor | undefined, tenant: string): void {
  if (!actor || (actor.role === 'tenant-admin' && actor.tenant === tenant)) return;
  throw new DomainError(
    'forbidden',
    'tenant-admins-only',
    `only a tenant admin of ${tenant} may manage its activities`,
  );
}
