import { DomainError } from '@citypoints/contracts';
import { Actor } from '@citypoints/platform';

/**
 * Throws DomainError('forbidden', 'other-tenant') when the call acts for a signed-in person of
 * another tenant than `tenant`: residents read their own tenant's activities only (tenant
 * isolation). Any role of the tenant passes, and so does a tool holding the service credential
 * (no acting person), as assertTenantAdmin allows.
 */
export function assertTenantMember(actor: Actor | undefined, tenant: string): void {
  if (!actor || actor.tenant === tenant) return;
  throw new DomainError(
    'forbidden',
    'other-tenant',
    `only the people of ${tenant} may read its activities`,
  );
}
