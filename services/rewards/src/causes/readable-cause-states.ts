import { CAUSE_STATES, CauseState } from '@citypoints/http-contracts';
import { Actor } from '@citypoints/platform';
import { isCauseAdmin } from './assert-cause-admin';

/**
 * The states of `tenant`'s causes that `actor` may read: every state for its tenant admins and
 * tools (no acting person), only published ones for anyone else signed in, so that drafts stay
 * the admins' until they are published. A person of another tenant never gets here: the
 * platform's service-token guard answers them 403 `other-tenant`.
 */
export function readableCauseStates(actor: Actor | undefined, tenant: string): CauseState[] {
  return isCauseAdmin(actor, tenant) ? [...CAUSE_STATES] : ['published'];
}
