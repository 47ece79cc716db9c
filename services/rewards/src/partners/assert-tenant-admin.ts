import { DomainError } from '@citypoints/contracts';
import { Caller } from './caller';

/**
 * Throws DomainError('forbidden', 'tenant-admins-only') unless `caller` is a tenant admin (or
 * a tool): they manage partners, bind staff and approve offers (issue 14). `what` completes
 * the message ("manage partners").
 */
export function assertTenantAdmin(caller: Caller, what: string): void {
  if (caller.kind === 'admin') return;
  throw new DomainError('forbidden', 'tenant-admins-only', `only a tenant admin may ${what}`);
}
