import { GatewayRoute } from '../gateway-route';
import { EventStreamQueryDto, EventTicketDto } from '../event-stream.dto';
import { BalanceDto, HistoryDto, MovementResultDto } from '../points-answers.dto';
import { DonationDto, HistoryQueryDto, TransferDto } from '../points.dto';
import { ShareCodeQueryDto } from '../share-codes.dto';
import { counterpartyNamesPart, withCounterpartyNames } from '../with-counterparty-names';
import { SharedPersonDto } from '@citypoints/http-contracts';
import { CITIZEN, identity, myAccount, ledger, queryString, tenant } from './upstream-paths';

/**
 * A citizen's points: balance, history, gifts (to a person found by their share code),
 * donations and the live event stream.
 */
export const POINTS_ROUTES: readonly GatewayRoute[] = [
  // Points.
  {
    name: 'getMyBalance',
    summary: "The signed-in citizen's points balance",
    tag: 'points',
    method: 'GET',
    path: '/me/balance',
    access: CITIZEN,
    response: BalanceDto,
    status: 200,
    upstream: ledger((call) => `${myAccount(call)}/balance`),
  },
  {
    name: 'getMyHistory',
    summary: "The signed-in citizen's movements, newest first, each person named as they consent",
    tag: 'points',
    method: 'GET',
    path: '/me/history',
    access: CITIZEN,
    query: HistoryQueryDto,
    response: HistoryDto,
    status: 200,
    upstream: ledger((call) => `${myAccount(call)}/history${queryString(call.query)}`),
    compose: { part: counterpartyNamesPart, join: withCounterpartyNames, optional: true },
  },
  {
    name: 'findPersonByShareCode',
    summary:
      'The person of the tenant whose share code (GET /me: shareCode) this is, named as they ' +
      'consent, to give points to with POST /me/transfers',
    tag: 'points',
    method: 'GET',
    path: '/people/by-share-code',
    access: CITIZEN,
    query: ShareCodeQueryDto,
    response: SharedPersonDto,
    status: 200,
    upstream: identity(
      (call) => `${tenant(call)}/share-codes/${encodeURIComponent(String(call.query.code))}`,
    ),
  },
  {
    name: 'transferPoints',
    summary: 'Give points to another citizen',
    tag: 'points',
    method: 'POST',
    path: '/me/transfers',
    access: CITIZEN,
    body: TransferDto,
    response: MovementResultDto,
    status: 200,
    upstream: ledger((call) => `${myAccount(call)}/transfers`),
  },
  {
    name: 'donatePoints',
    summary: 'Donate points to a charitable cause (GET /causes lists them)',
    tag: 'causes',
    method: 'POST',
    path: '/me/donations',
    access: CITIZEN,
    body: DonationDto,
    response: MovementResultDto,
    status: 200,
    upstream: ledger((call) => `${myAccount(call)}/donations`),
  },
  {
    name: 'issueEventTicket',
    summary: 'A 30-second, single-use ticket that opens the event stream without a header',
    tag: 'points',
    method: 'POST',
    path: '/me/event-tickets',
    access: CITIZEN,
    response: EventTicketDto,
    status: 201,
    served: 'eventTicket',
  },
  {
    name: 'streamMyEvents',
    summary:
      "Server-sent events: the signed-in citizen's balance changes and their redemptions' " +
      'outcomes (VoucherIssued, RedemptionFailed, VoucherCancelled), live, until the access ' +
      'token expires or the session ends; with a Bearer token or ?ticket=',
    tag: 'points',
    method: 'GET',
    path: '/me/events',
    access: CITIZEN,
    query: EventStreamQueryDto,
    status: 200,
    served: 'eventStream',
  },
];
