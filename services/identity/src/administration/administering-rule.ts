import { Actor } from '@citypoints/platform';

/**
 * Why `actor` may not administer `person` of `tenant` (read them in the list of people, change
 * their role, suspend, reinstate or erase them), naming the rule, or undefined when they may.
 * Only the tenant's own admins administer its people, and never themselves: an admin keeps
 * their own role, cannot lock themselves out, and erases themselves as everyone does
 * (`DELETE /me`). So an admin can never demote, suspend or erase the tenant's last admin: the
 * acting admin stays one. A call for nobody (a tool with the service credential) may
 * administer anyone. Ids are compared without regard to case, as Postgres compares UUIDs.
 */
export function administeringRefusal(
  actor: Pick<Actor, 'userId' | 'tenant' | 'role'> | undefined,
  tenant: string,
  person?: string,
): string | undefined {
  if (!actor) return undefined;
  if (actor.role !== 'tenant-admin' || actor.tenant !== tenant) {
    return "only the tenant's admins may administer its people";
  }
  if (person && actor.userId.toLowerCase() === person.toLowerCase()) {
    return 'an admin may not change their own role, suspend or erase themselves';
  }
  return undefined;
}
