import { DomainError } from '@citypoints/contracts';
import { Actor } from './service-token';

/**
 * Whether the call acts for a tenant admin of `tenant`, or for nobody in particular: a tool
 * holding the service credential (seeding demo data, a platform script), which the gateway
 * never sends for a person's request.
 */
export function isTenantAdmin(actor: Actor | undefined, tenant: string): boolean {
  return !actor || (actor.role === 'tenant-admin' && actor.tenant === tenant);
}

/**
 * Throws DomainError('forbidden', 'tenant-admins-only') — 403, "only a tenant admin of
 * `tenant` may `what`" — unless isTenantAdmin: the rule of every tenant admin's route.
 */
export function assertTenantAdmin(actor: Actor | undefined, tenant: string, what: string): void {
  if (isTenantAdmin(actor, tenant)) return;
  throw new DomainError(
    'forbidden',
    'tenant-admins-only',
    `only a tenant admin of ${tenant} may ${what}`,
  );
}
