import { RouteCall } from './gateway-route';

/**
 * Identity's data export with the person's ledger statement as `points`; a person without a
 * ledger account (staff, or a citizen the ledger has not yet opened one for) holds 0 points and
 * no movements.
 */
export function withStatement(exported: unknown, statement: unknown, call: RouteCall): unknown {
  return {
    ...(exported as Record<string, unknown>),
    points: statement ?? { accountId: call.me, balance: 0, movements: [] },
  };
}
