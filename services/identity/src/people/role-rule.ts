import { Role } from '@citypoints/contracts';

/** Who is acting: the signed-in person the gateway names in its service token. */
export interface ActingRole {
  tenant: string;
  role: Role;
}

/** Partner staff act for exactly one partner; nobody else acts for a partner. */
export function partnerRuleViolation(
  role: Role,
  partnerId: string | undefined,
): string | undefined {
  if (role === 'partner-staff' && !partnerId) return 'partnerId is required for partner-staff';
  if (role !== 'partner-staff' && partnerId) return 'partnerId is only for partner-staff';
  return undefined;
}

const TENANT_ADMIN_MAY_ADD: readonly Role[] = [
  'citizen',
  'verifier',
  'partner-staff',
  'tenant-admin',
];

/**
 * Why `actor` may not add a person with `role` to `tenant`, naming the rule, or undefined when
 * they may. A tenant's admins add its citizens, verifiers, partner staff and admins, never a
 * platform operator; a platform operator adds a tenant's admins (the first admin of a new
 * tenant) and nobody else. Without an acting person (a tool seeding data with the service
 * credential) every role may be added.
 */
export function addPersonRefusal(
  actor: ActingRole | undefined,
  tenant: string,
  role: Role,
): string | undefined {
  if (!actor) return undefined;
  if (actor.role === 'platform-operator') {
    return role === 'tenant-admin'
      ? undefined
      : 'a platform operator may add only tenant admins; the tenant admins add everyone else';
  }
  if (actor.role !== 'tenant-admin') {
    return 'only tenant admins and platform operators may add people';
  }
  if (actor.tenant !== tenant) return 'a tenant admin may add people only to their own tenant';
  return TENANT_ADMIN_MAY_ADD.includes(role)
    ? undefined
    : `a tenant admin may add ${TENANT_ADMIN_MAY_ADD.join(', ')}, never ${role}`;
}
