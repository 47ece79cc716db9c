import { ACTIVITY_STATES, ActivityState } from '@citypoints/http-contracts';
import { Actor } from '@citypoints/platform';

/**
 * The states of `tenant`'s activities that `actor` may read: every state for its tenant admins
 * and for tools (no acting person), only published ones for anyone else signed in, so that
 * drafts stay the admins' until they are published.
 */
export function readableStates(actor: Actor | undefined, tenant: string): ActivityState[] {
  const admin = !actor || (actor.role === 'tenant-admin' && actor.tenant === tenant);
  return admin ? [...ACTIVITY_STATES] : ['published'];
}
