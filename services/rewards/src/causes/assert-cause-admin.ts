import { Actor, assertTenantAdmin, isTenantAdmin } from '@citypoints/platform';

/**
 * Throws DomainError('forbidden', 'tenant-admins-only') unless the call acts for a tenant admin
 * of `tenant` or a tool (platform's assertTenantAdmin): issue 14, tenant admins manage its
 * causes.
 */
export function assertCauseAdmin(actor: Actor | undefined, tenant: string): void {
  assertTenantAdmin(actor, tenant, 'manage its causes');
}

/** Whether `actor` manages `tenant`'s causes: its tenant admins, and tools (no actor). */
export const isCauseAdmin = isTenantAdmin;
