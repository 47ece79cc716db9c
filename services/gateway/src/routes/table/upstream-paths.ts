import { ROLES, Role } from '@citypoints/contracts';
import { RouteCall, Upstream } from '../gateway-route';

// What the route table's rows share: who may call, and where in the services a call goes.
export const ANYONE_SIGNED_IN: readonly Role[] = ROLES;
export const CITIZEN: readonly Role[] = ['citizen'];
export const TENANT_ADMIN: readonly Role[] = ['tenant-admin'];
/**
 * The tenant's admins, for every partner, and a partner's staff, for their own: admins first, so
 * that the generated tests that take a route's first role try the one who sees the most.
 */
export const ADMIN_OR_PARTNER_STAFF: readonly Role[] = ['tenant-admin', 'partner-staff'];

/** Internal paths of the caller's tenant, person and account; the token names all three. */
export const tenant = (call: RouteCall) => `/tenants/${call.tenant}`;
export const me = (call: RouteCall) => `${tenant(call)}/people/${call.me}`;
export const myAccount = (call: RouteCall) => `${tenant(call)}/accounts/${call.me}`;
/** A call to identity or the ledger, with the internal body when it differs from the public one. */
export const identity = (path: Upstream['path'], body?: Upstream['body']): Upstream => ({
  service: 'identity',
  path,
  ...(body && { body }),
});
export const ledger = (path: Upstream['path'], body?: Upstream['body']): Upstream => ({
  service: 'ledger',
  path,
  ...(body && { body }),
});
/** A call to activities, likewise. */
export const activities = (path: Upstream['path'], body?: Upstream['body']): Upstream => ({
  service: 'activities',
  path,
  ...(body && { body }),
});
/** A call to verification, likewise. */
export const verification = (path: Upstream['path'], body?: Upstream['body']): Upstream => ({
  service: 'verification',
  path,
  ...(body && { body }),
});

/** A call to rankings, likewise. */
export const rankings = (path: Upstream['path'], body?: Upstream['body']): Upstream => ({
  service: 'rankings',
  path,
  ...(body && { body }),
});

/** A call to rewards, likewise. */
export const rewards = (path: Upstream['path'], body?: Upstream['body']): Upstream => ({
  service: 'rewards',
  path,
  ...(body && { body }),
});

/** The defined members of a validated query as a query string, `?a=1&b=2`, or ''. */
export function queryString(query: Record<string, unknown>): string {
  const defined = Object.entries(query).filter(([, value]) => value !== undefined);
  return defined.length === 0
    ? ''
    : `?${new URLSearchParams(defined.map(([k, v]): [string, string] => [k, String(v)]))}`;
}
