import { Actor } from '@citypoints/platform';

/**
 * Who calls rewards about a tenant's partners and offers, as far as its rules care: one of the
 * tenant's admins, or a tool holding the service credential with no acting person (seeding
 * demo data); partner staff of the tenant, with the partner their account is bound to (none
 * while unbound); or a reader: any other person of the tenant (a citizen, a verifier), or a
 * platform operator of another tenant, who acts in no tenant's catalogue but its own.
 */
export type Caller =
  { kind: 'admin' } | { kind: 'staff'; userId: string; partnerId?: string } | { kind: 'reader' };

/**
 * The caller that `actor` is for `tenant`, given the partner its account is bound to there
 * (`boundPartnerId`, looked up by the caller of this function).
 */
export function callerOf(
  actor: Actor | undefined,
  tenant: string,
  boundPartnerId?: string,
): Caller {
  if (!actor) return { kind: 'admin' };
  if (actor.tenant !== tenant) return { kind: 'reader' };
  if (actor.role === 'tenant-admin') return { kind: 'admin' };
  if (actor.role === 'partner-staff') {
    return { kind: 'staff', userId: actor.userId, partnerId: boundPartnerId };
  }
  return { kind: 'reader' };
}

/** Whether `caller` acts for `partnerId`: its own bound staff (admins are not "of" a partner). */
export function isStaffOf(caller: Caller, partnerId: string): boolean {
  return caller.kind === 'staff' && caller.partnerId === partnerId;
}
