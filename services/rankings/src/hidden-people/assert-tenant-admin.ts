import { DomainError } from '@citypoints/contracts';
import { Actor } from '@citypoints/platform';

/**
 * Throws DomainError('forbidden', 'tenant-admins-only') unless the signed-in person the call
 * acts for is a tenant admin of `tenant`: only they hide people from its leaderboards. A call
 * for nobody in particular comes from a tool holding the service credential; the gateway
 * never sends one for a person's request.
 */
export function assertTenantAdmin(actor: Actor | undefined, tenant: string): void {
  if (!actor || (actor.role === 'tenant-admin' && actor.tenant === tenant)) return;
  throw new DomainError(
    'forbidden',
    'tenant-admins-only',
    `only a tenant admin of ${tenant} may hide or show people on its leaderboards`,
  );
}
