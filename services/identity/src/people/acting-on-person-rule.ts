import { Actor } from '@citypoints/platform';

export const ONLY_ON_THEMSELVES = 'a person may do this only for themselves, whatever their role';

/**
 * Why the person a call acts for (`actor`) may not act on `person` of `tenant`, or undefined
 * when they may: each person acts only on themselves, whatever their role. Tenant admins get no
 * exception because the public API gives them none (services/gateway/src/routes/route-table.ts
 * names the signed-in person on every route that reaches a person's data, sessions, QR code
 * or memberships). A call for nobody (a tool with the service credential) may act on anyone.
 * Ids are compared without regard to case, as Postgres compares UUIDs.
 */
export function actingOnPersonRefusal(
  actor: Pick<Actor, 'userId' | 'tenant'> | undefined,
  tenant: string,
  person: string,
): string | undefined {
  if (!actor) return undefined;
  const self = actor.tenant === tenant && actor.userId.toLowerCase() === person.toLowerCase();
  return self ? undefined : ONLY_ON_THEMSELVES;
}
