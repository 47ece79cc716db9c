import { Actor } from '@citypoints/platform';

/** The acting person, as the gateway names them in its service token. */
export type GroupManager = Pick<Actor, 'userId' | 'tenant' | 'role'>;

export const FOUNDER_OR_ADMIN = "only the group's founder and the tenant's admins may do this";

/**
 * Why `actor` may not manage (rename, hand over, delete, remove others from) a group of
 * `tenant` founded by `founder`, or undefined when they may: its founder and the tenant's
 * admins may (issue 16). A call for nobody (a tool with the service credential) may, as
 * elsewhere in identity (people/acting-on-person-rule.ts). Ids are compared without regard
 * to case, as Postgres compares UUIDs.
 */
export function groupManagementRefusal(
  actor: GroupManager | undefined,
  tenant: string,
  founder: string,
): string | undefined {
  if (!actor) return undefined;
  if (actor.tenant === tenant) {
    if (actor.role === 'tenant-admin' || same(actor.userId, founder)) return undefined;
  }
  return FOUNDER_OR_ADMIN;
}

/**
 * Why `actor` may not take `person` out of a group of `tenant` founded by `founder`, or
 * undefined when they may: everyone may leave; the founder and the tenant's admins may remove
 * others (groupManagementRefusal).
 */
export function memberRemovalRefusal(
  actor: GroupManager | undefined,
  tenant: string,
  founder: string,
  person: string,
): string | undefined {
  if (actor?.tenant === tenant && same(actor.userId, person)) return undefined;
  return groupManagementRefusal(actor, tenant, founder);
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
