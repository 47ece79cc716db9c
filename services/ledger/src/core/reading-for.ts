import { Actor } from '@citypoints/platform';
import { assertActingFor } from './acting-for';

/**
 * Throws NotTheActorError unless the signed-in person the call acts for (when it acts for
 * one) may read account `accountId` of `tenantId`: a tenant admin any account of their own
 * tenant, anyone else (a citizen, or staff exporting their own data) only their own account.
 * Calls for nobody in particular (tools) are the gateway's to check, as for commands.
 */
export function assertReadingFor(
  actor: Actor | undefined,
  tenantId: string,
  accountId: string,
): void {
  if (actor?.role === 'tenant-admin' && actor.tenant === tenantId) return;
  assertActingFor(actor, tenantId, accountId, 'account');
}
