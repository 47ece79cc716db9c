import { DomainError } from '@citypoints/contracts';
import { Actor } from '@citypoints/platform';

/**
 * Throws DomainError('forbidden', 'tenant-admins-only') unless the call acts for nobody in
 * particular (a platform tool holding the service credential) or for a tenant admin of
 * `tenant`: nobody else closes its leaderboard periods.
 */
export function assertMayClose(actor: Actor | undefined, tenant: string): void {
  if (!actor || (actor.role === 'tenant-admin' && actor.tenant === tenant)) return;
  throw new DomainError(
    'forbidden',
    'tenant-admins-only',
    `only a tenant admin of ${tenant} or a platform tool may close its leaderboard periods`,
  );
}
