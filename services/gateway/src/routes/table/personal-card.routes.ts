import { GatewayRoute, RouteCall } from '../gateway-route';
import {
  PersonalCardDto,
  PersonalCardIssuedDto,
  PersonalCardsDto,
} from '@citypoints/http-contracts';
import { CITIZEN, TENANT_ADMIN, identity, me, tenant } from './upstream-paths';

// A person's cards: the caller's own, or (tenant admins) a person's of the caller's tenant.
const mine = (call: RouteCall) => `${me(call)}/personal-cards`;
const theirs = (call: RouteCall) => `${tenant(call)}/people/${call.params.person}/personal-cards`;

/**
 * Printed personal cards for people without a smartphone: a long-lived code a steward scans
 * like the personal QR code, until it is revoked. Citizens keep their own; tenant admins print
 * them for the people of their tenant (identity checks both: cardHolderRefusal).
 */
export const PERSONAL_CARD_ROUTES: readonly GatewayRoute[] = [
  {
    name: 'issueMyPersonalCard',
    summary: 'A printed personal card for the signed-in citizen: its code is shown this once',
    tag: 'personal-cards',
    method: 'POST',
    path: '/me/personal-cards',
    access: CITIZEN,
    response: PersonalCardIssuedDto,
    status: 201,
    upstream: identity(mine),
  },
  {
    name: 'listMyPersonalCards',
    summary: "The signed-in citizen's personal cards, issued and revoked, without their codes",
    tag: 'personal-cards',
    method: 'GET',
    path: '/me/personal-cards',
    access: CITIZEN,
    response: PersonalCardsDto,
    status: 200,
    upstream: identity(mine),
  },
  {
    name: 'revokeMyPersonalCard',
    summary: 'Revoke one of my personal cards (lost or stolen): stewards refuse it from now on',
    tag: 'personal-cards',
    method: 'POST',
    path: '/me/personal-cards/{card}/revocation',
    access: CITIZEN,
    response: PersonalCardDto,
    status: 200,
    upstream: identity((call) => `${mine(call)}/${call.params.card}/revocation`),
  },
  {
    name: 'issuePersonalCard',
    summary: 'Print a personal card for a person of the tenant: its code is shown this once',
    tag: 'personal-cards',
    method: 'POST',
    path: '/people/{person}/personal-cards',
    access: TENANT_ADMIN,
    response: PersonalCardIssuedDto,
    status: 201,
    upstream: identity(theirs),
  },
  {
    name: 'listPersonalCards',
    summary: "A person's personal cards, issued and revoked, without their codes",
    tag: 'personal-cards',
    method: 'GET',
    path: '/people/{person}/personal-cards',
    access: TENANT_ADMIN,
    response: PersonalCardsDto,
    status: 200,
    upstream: identity(theirs),
  },
  {
    name: 'revokePersonalCard',
    summary: "Revoke a person's personal card: stewards refuse it from now on",
    tag: 'personal-cards',
    method: 'POST',
    path: '/people/{person}/personal-cards/{card}/revocation',
    access: TENANT_ADMIN,
    response: PersonalCardDto,
    status: 200,
    upstream: identity((call) => `${theirs(call)}/${call.params.card}/revocation`),
  },
];
