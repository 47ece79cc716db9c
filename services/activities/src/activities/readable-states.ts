import { ACTIVITY_STATES, ActivityState } from '@citypoints/http-contracts';
import { Actor, isTenantAdmin } from '@citypoints/platform';

/**
 * The states of `tenant`'s activities that `actor` may read: every state for its tenant admins
 * and for tools (no acting person), only published ones for anyone else signed in, so that
 * drafts stay the admins' until they are published.
 */
export function readableStates(actor: Actor | undefined, tenant: string): ActivityState[] {
  return isTenantAdmin(actor, tenant) ? [...ACTIVITY_STATES] : ['published'];
}
