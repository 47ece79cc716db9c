import { GatewayRoute, RouteCall } from '../gateway-route';
import { BalanceDto, HistoryDto } from '../points-answers.dto';
import { HistoryQueryDto } from '../points.dto';
import {
  PeopleDto,
  PeopleQueryDto,
  PersonSummaryDto,
  RoleChangeDto,
} from '../people-administration.dto';
import { TENANT_ADMIN, tenant, identity, queryString } from './upstream-paths';

// A person of the caller's tenant, in identity and in the ledger.
const person = (call: RouteCall) => `${tenant(call)}/people/${call.params.person}`;
const account = (call: RouteCall) => `${tenant(call)}/accounts/${call.params.person}`;

/**
 * A ledger read of the person's account, asked only once identity has found the person in the
 * caller's tenant (else its 404 `unknown-person` answers): the ledger answers any id, 0 points
 * for one it never saw. Only the ledger's part goes out; `empty` stands in for an account the
 * ledger does not hold.
 */
const ledgerPart = (path: (call: RouteCall) => string, empty: (call: RouteCall) => unknown) => ({
  part: (_person: unknown, call: RouteCall) => ({ service: 'ledger' as const, path: path(call) }),
  join: (_person: unknown, part: unknown, call: RouteCall) => part ?? empty(call),
});

/**
 * A tenant admin's people: find them, read one with their points, change a role, suspend and
 * reinstate, erase on their request. Identity checks the acting admin again and never lets an
 * admin act on themselves here (administeringRefusal); what ends a person's sessions answers
 * identity's new session generation, which the gateway applies at once.
 */
export const PEOPLE_ADMINISTRATION_ROUTES: readonly GatewayRoute[] = [
  {
    name: 'listPeople',
    summary:
      "The tenant's people, searched by a part of the name or e-mail, with role, status and " +
      'whether the e-mail is verified; paged, with the total',
    tag: 'administration',
    method: 'GET',
    path: '/people',
    access: TENANT_ADMIN,
    query: PeopleQueryDto,
    response: PeopleDto,
    status: 200,
    upstream: identity((call) => `${tenant(call)}/people${queryString(call.query)}`),
  },
  {
    name: 'getPerson',
    summary: 'A person of the tenant, as the list of people shows them',
    tag: 'administration',
    method: 'GET',
    path: '/people/{person}',
    access: TENANT_ADMIN,
    response: PersonSummaryDto,
    status: 200,
    upstream: identity((call) => `${person(call)}/summary`),
  },
  {
    name: 'getPersonBalance',
    summary: "A person's points balance",
    tag: 'administration',
    method: 'GET',
    path: '/people/{person}/balance',
    access: TENANT_ADMIN,
    response: BalanceDto,
    status: 200,
    upstream: identity((call) => `${person(call)}/summary`),
    compose: ledgerPart(
      (call) => `${account(call)}/balance`,
      (call) => ({ accountId: call.params.person, balance: 0 }),
    ),
  },
  {
    name: 'getPersonHistory',
    summary: "A person's movements, newest first",
    tag: 'administration',
    method: 'GET',
    path: '/people/{person}/history',
    access: TENANT_ADMIN,
    query: HistoryQueryDto,
    response: HistoryDto,
    status: 200,
    upstream: identity((call) => `${person(call)}/summary`),
    compose: ledgerPart(
      (call) => `${account(call)}/history${queryString(call.query)}`,
      () => ({ entries: [], next: null }),
    ),
  },
  {
    name: 'changePersonRole',
    summary:
      "Give a person another role (never one's own): their sessions end, so it applies at once",
    tag: 'administration',
    method: 'PUT',
    path: '/people/{person}/role',
    access: TENANT_ADMIN,
    body: RoleChangeDto,
    status: 204,
    upstream: identity((call) => `${person(call)}/role`),
    endsSessions: 'answer',
  },
  {
    name: 'suspendPerson',
    summary: 'Suspend a person: their sessions end and they cannot sign in until reinstated',
    tag: 'administration',
    method: 'POST',
    path: '/people/{person}/suspension',
    access: TENANT_ADMIN,
    status: 204,
    upstream: identity((call) => `${person(call)}/suspension`),
    endsSessions: 'answer',
  },
  {
    name: 'reinstatePerson',
    summary: 'Let a suspended person sign in again',
    tag: 'administration',
    method: 'DELETE',
    path: '/people/{person}/suspension',
    access: TENANT_ADMIN,
    response: PersonSummaryDto,
    status: 200,
    upstream: identity((call) => `${person(call)}/suspension`),
  },
  {
    name: 'erasePerson',
    summary: "Erase a person's personal data on their request, as their own erasure would",
    tag: 'administration',
    method: 'POST',
    path: '/people/{person}/erasure',
    access: TENANT_ADMIN,
    status: 204,
    upstream: identity((call) => `${person(call)}/erasure`),
    endsSessions: 'answer',
  },
];
