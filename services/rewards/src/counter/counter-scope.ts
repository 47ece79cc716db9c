import { DomainError } from '@citypoints/contracts';
import { Caller } from '../partners/caller';

/**
 * Whose vouchers a caller checks at a counter: every partner's (a tenant admin, or a tool),
 * one partner's (staff bound to it), or none (staff not bound to any partner yet).
 */
export type CounterScope = { kind: 'every-partner' } | { kind: 'partner'; partnerId?: string };

/**
 * The CounterScope of `caller`. Throws DomainError 'forbidden' `partner-staff-only` (403) for
 * anyone else (a resident, a verifier): only the partner's staff and admins use vouchers
 * (issue 14).
 */
export function counterScope(caller: Caller): CounterScope {
  if (caller.kind === 'admin') return { kind: 'every-partner' };
  if (caller.kind === 'staff') return { kind: 'partner', partnerId: caller.partnerId };
  throw new DomainError(
    'forbidden',
    'partner-staff-only',
    "only a partner's staff or a tenant admin may check and use vouchers",
  );
}
