import { Actor } from '@citypoints/platform';
import { actingOnPersonRefusal } from '../people/acting-on-person-rule';

/**
 * Why `actor` may not issue, list or revoke the personal cards of `person` of `tenant`, naming
 * the rule, or undefined when they may (issue 12): the person themselves (actingOnPersonRefusal,
 * which also lets a tool acting for nobody), or an admin of the same tenant, who prints cards
 * for the people without a smartphone. No other role acts on someone else's cards.
 */
export function cardHolderRefusal(
  actor: Pick<Actor, 'userId' | 'tenant' | 'role'> | undefined,
  tenant: string,
  person: string,
): string | undefined {
  if (!actingOnPersonRefusal(actor, tenant, person)) return undefined;
  if (actor?.role === 'tenant-admin' && actor.tenant === tenant) return undefined;
  return "only the person and their tenant's admins may issue, list or revoke personal cards";
}
