import { Actor, assertTenantAdmin as assertAdmin } from '@citypoints/platform';

/**
 * Throws DomainError('forbidden', 'tenant-admins-only') unless the call acts for a tenant admin
 * of `tenant` or a tool (platform's assertTenantAdmin): only they hide people from its
 * leaderboards.
 */
export function assertTenantAdmin(actor: Actor | undefined, tenant: string): void {
  assertAdmin(actor, tenant, 'hide or show people on its leaderboards');
}
