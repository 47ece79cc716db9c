import { HistoryDto, PublicNamesDto } from '@citypoints/http-contracts';
import { validate as isUuid } from 'uuid';
import { PartRequest, RouteCall } from './gateway-route';

// A person's ledger account is named by their user id; a cause's (`cause:…`) and the
// tenant's own (`system:…`) are not people and have no public name.
function isPerson(account: string): boolean {
  return isUuid(account);
}

/**
 * Identity's batch look-up (POST /tenants/:tenant/public-names) of the people a page of the
 * ledger's history names as counterparty, each once; none when it names nobody.
 */
export function counterpartyNamesPart(history: unknown, call: RouteCall): PartRequest | undefined {
  const accounts = (history as HistoryDto).entries.map((entry) => entry.counterparty);
  const userIds = [...new Set(accounts.filter(isPerson))];
  if (userIds.length === 0) return undefined;
  return { service: 'identity', path: `/tenants/${call.tenant}/public-names`, body: { userIds } };
}

/**
 * The history with `counterpartyName` on each movement whose counterparty is a person: the
 * name they consented to show, or null (left out, erased or unknown alike). Movements with a
 * cause or the system carry none.
 */
export function withCounterpartyNames(history: unknown, part: unknown): unknown {
  const { names } = (part as PublicNamesDto | undefined) ?? { names: {} };
  const page = history as HistoryDto;
  return {
    ...page,
    entries: page.entries.map((entry) =>
      isPerson(entry.counterparty)
        ? { ...entry, counterpartyName: names[entry.counterparty.toLowerCase()] ?? null }
        : entry,
    ),
  };
}
