import { Actor, assertTenantAdmin as assertAdmin } from '@citypoints/platform';

/**
 * Throws DomainError('forbidden', 'tenant-admins-only') unless the call acts for a tenant admin
 * of `tenant` or a tool (platform's assertTenantAdmin): issue 12, tenant admins manage the
 * catalogue.
 */
export function assertTenantAdmin(actor: Actor | undefined, tenant: string): void {
  assertAdmin(actor, tenant, 'manage its activities');
}
