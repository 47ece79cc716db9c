import { Role } from '@citypoints/contracts';

/** The acting person, as the gateway names them in its service token. */
export interface MemberListReader {
  userId: string;
  tenant: string;
  role: Role;
}

/**
 * Why `reader` may not see who belongs to a group of `tenant`, or undefined when they may:
 * its members and the tenant's admins may; nobody else, and no call without an acting person.
 */
export function memberListRefusal(
  reader: MemberListReader | undefined,
  tenant: string,
  memberIds: readonly string[],
): string | undefined {
  if (reader?.tenant === tenant) {
    if (reader.role === 'tenant-admin' || memberIds.includes(reader.userId)) return undefined;
  }
  return "only the group's members and the tenant's admins may list its members";
}
