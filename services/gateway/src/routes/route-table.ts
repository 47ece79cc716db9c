import { ROLES, Role } from '@citypoints/contracts';
import { GatewayRoute, RouteCall, Upstream } from './gateway-route';
import {
  ConsentDto,
  GroupDto,
  GroupMembersDto,
  GroupMembershipDto,
  PasswordResetConfirmationDto,
  PasswordResetRequestDto,
  PasswordResetRequestedDto,
  QrHolderDto,
  QrTokenDto,
  QrTokenIssuedDto,
  RefreshTokenDto,
  RegisteredPersonDto,
  SessionTokensDto,
  SignInDto,
  SignUpDto,
  TenantDto,
  TenantSettingsDto,
} from '@citypoints/http-contracts';
import { AddPersonDto, CreateGroupDto, JoinGroupDto } from './people.dto';
import { AdjustmentDto, DonationDto, HistoryQueryDto, TransferDto } from './points.dto';
import {
  BalanceDto,
  ExpiryPolicyDto,
  HistoryDto,
  MovementResultDto,
  TotalsDto,
} from './points-answers.dto';
import { DataExportDto } from './privacy.dto';
import { CreateTenantDto } from './tenant.dto';
import { withStatement } from './with-statement';
import { counterpartyNamesPart, withCounterpartyNames } from './with-counterparty-names';
import { EventStreamQueryDto, EventTicketDto } from './event-stream.dto';
import { TenantAdminDto } from './platform.dto';

const ANYONE_SIGNED_IN: readonly Role[] = ROLES;
const CITIZEN: readonly Role[] = ['citizen'];
const TENANT_ADMIN: readonly Role[] = ['tenant-admin'];

const tenant = (call: RouteCall) => `/tenants/${call.tenant}`;
const me = (call: RouteCall) => `${tenant(call)}/people/${call.me}`;
const myAccount = (call: RouteCall) => `${tenant(call)}/accounts/${call.me}`;
const identity = (path: Upstream['path'], body?: Upstream['body']): Upstream => ({
  service: 'identity',
  path,
  ...(body && { body }),
});
const ledger = (path: Upstream['path'], body?: Upstream['body']): Upstream => ({
  service: 'ledger',
  path,
  ...(body && { body }),
});

function queryString(query: Record<string, unknown>): string {
  const defined = Object.entries(query).filter(([, value]) => value !== undefined);
  return defined.length === 0
    ? ''
    : `?${new URLSearchParams(defined.map(([k, v]): [string, string] => [k, String(v)]))}`;
}

/**
 * The public API. The controller, the guards, the OpenAPI document and the generated tests
 * (role × route, tenant isolation) all read this one table.
 */
export const ROUTES: readonly GatewayRoute[] = [
  // Public: there is no token yet, so the tenant is named in the path.
  {
    name: 'signUp',
    summary: 'A citizen signs up',
    tag: 'sessions',
    method: 'POST',
    path: '/tenants/{tenant}/sign-up',
    access: 'public',
    body: SignUpDto,
    response: RegisteredPersonDto,
    status: 201,
    upstream: identity((call) => `${tenant(call)}/sign-ups`),
  },
  {
    name: 'signIn',
    summary: 'Sign in: a 15-minute access token and a refresh token',
    tag: 'sessions',
    method: 'POST',
    path: '/tenants/{tenant}/sessions',
    access: 'public',
    body: SignInDto,
    response: SessionTokensDto,
    status: 200,
    upstream: identity((call) => `${tenant(call)}/sessions`),
    accountThrottle: 'signIn',
  },
  {
    name: 'refreshSession',
    summary: 'Rotate the refresh token for new tokens',
    tag: 'sessions',
    method: 'POST',
    path: '/tenants/{tenant}/sessions/refresh',
    access: 'public',
    body: RefreshTokenDto,
    response: SessionTokensDto,
    status: 200,
    upstream: identity((call) => `${tenant(call)}/sessions/refresh`),
  },
  {
    name: 'requestPasswordReset',
    summary: 'Mail a one-time password reset token (same answer for unknown emails)',
    tag: 'sessions',
    method: 'POST',
    path: '/tenants/{tenant}/password-resets',
    access: 'public',
    body: PasswordResetRequestDto,
    response: PasswordResetRequestedDto,
    status: 202,
    upstream: identity((call) => `${tenant(call)}/password-resets`),
    accountThrottle: 'passwordReset',
  },
  {
    name: 'confirmPasswordReset',
    summary: 'Set a new password with the mailed token; ends every session',
    tag: 'sessions',
    method: 'POST',
    path: '/tenants/{tenant}/password-resets/confirmations',
    access: 'public',
    body: PasswordResetConfirmationDto,
    status: 204,
    upstream: identity((call) => `${tenant(call)}/password-resets/confirmations`),
    endsSessions: 'answer',
  },
  // The signed-in person's own sessions and data.
  {
    name: 'signOut',
    summary: 'End this session',
    tag: 'sessions',
    method: 'POST',
    path: '/me/sign-out',
    access: ANYONE_SIGNED_IN,
    body: RefreshTokenDto,
    status: 204,
    // identity ends the session only if it is this person's: one cannot sign out another.
    upstream: identity(
      (call) => `${tenant(call)}/sessions/sign-out`,
      (call) => ({ ...call.body, userId: call.me }),
    ),
    pastPersonLimit: true,
  },
  {
    name: 'signOutEverywhere',
    summary: 'End every session of the signed-in person',
    tag: 'sessions',
    method: 'POST',
    path: '/me/sign-out-everywhere',
    access: ANYONE_SIGNED_IN,
    status: 204,
    upstream: identity((call) => `${me(call)}/sign-out-everywhere`),
    endsSessions: 'caller',
    pastPersonLimit: true,
  },
  {
    name: 'exportMyData',
    summary: 'Everything held about the signed-in person (GDPR access)',
    tag: 'privacy',
    method: 'GET',
    path: '/me/export',
    access: ANYONE_SIGNED_IN,
    response: DataExportDto,
    status: 200,
    upstream: identity((call) => `${me(call)}/export`),
    compose: {
      part: (_exported, call) => ({ service: 'ledger', path: `${myAccount(call)}/statement` }),
      join: withStatement,
    },
  },
  {
    name: 'setConsent',
    summary: 'How the signed-in citizen appears on leaderboards and member lists',
    tag: 'privacy',
    method: 'PUT',
    path: '/me/consent',
    access: CITIZEN,
    body: ConsentDto,
    response: ConsentDto,
    status: 200,
    upstream: identity((call) => `${me(call)}/consent`),
  },
  {
    name: 'eraseMe',
    summary: 'Erase the personal data of the signed-in person (GDPR erasure)',
    tag: 'privacy',
    method: 'DELETE',
    path: '/me',
    access: ANYONE_SIGNED_IN,
    status: 204,
    upstream: identity(me),
    endsSessions: 'caller',
  },
  // Groups.
  {
    name: 'createGroup',
    summary: 'Create a group; the founder joins and sees its invite code',
    tag: 'groups',
    method: 'POST',
    path: '/groups',
    access: CITIZEN,
    body: CreateGroupDto,
    response: GroupDto,
    status: 201,
    upstream: identity(
      (call) => `${tenant(call)}/groups`,
      (call) => ({ ...call.body, createdBy: call.me }),
    ),
  },
  {
    name: 'joinGroup',
    summary: 'Join a group by its invite code',
    tag: 'groups',
    method: 'POST',
    path: '/groups/memberships',
    access: CITIZEN,
    body: JoinGroupDto,
    response: GroupMembershipDto,
    status: 200,
    upstream: identity(
      (call) => `${tenant(call)}/groups/memberships`,
      (call) => ({ ...call.body, userId: call.me }),
    ),
  },
  {
    name: 'leaveGroup',
    summary: 'Leave a group',
    tag: 'groups',
    method: 'DELETE',
    path: '/me/groups/{group}',
    access: CITIZEN,
    status: 204,
    upstream: identity((call) => `${tenant(call)}/groups/${call.params.group}/members/${call.me}`),
  },
  {
    name: 'listGroupMembers',
    summary: 'The members of a group, each named only as they consented',
    tag: 'groups',
    method: 'GET',
    path: '/groups/{group}/members',
    access: ['citizen', 'tenant-admin'],
    response: GroupMembersDto,
    status: 200,
    upstream: identity((call) => `${tenant(call)}/groups/${call.params.group}/members`),
  },
  // Personal QR codes.
  {
    name: 'issueQrToken',
    summary: 'A 2-minute personal QR token to show a verifier',
    tag: 'qr',
    method: 'POST',
    path: '/me/qr-token',
    access: CITIZEN,
    response: QrTokenIssuedDto,
    status: 201,
    upstream: identity((call) => `${me(call)}/qr-token`),
  },
  {
    name: 'verifyQrToken',
    summary: "A verifier checks a person's QR token",
    tag: 'qr',
    method: 'POST',
    path: '/qr-tokens/verifications',
    access: ['verifier'],
    body: QrTokenDto,
    response: QrHolderDto,
    status: 200,
    upstream: identity((call) => `${tenant(call)}/qr-tokens/verifications`),
  },
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
    compose: { part: counterpartyNamesPart, join: withCounterpartyNames },
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
    summary: 'Donate points to a charitable cause',
    tag: 'points',
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
      "Server-sent events: the signed-in citizen's balance changes, live, until the access " +
      'token expires or the session ends; with a Bearer token or ?ticket=',
    tag: 'points',
    method: 'GET',
    path: '/me/events',
    access: CITIZEN,
    query: EventStreamQueryDto,
    status: 200,
    served: 'eventStream',
  },
  // Tenant administration: always the admin's own tenant, from the token.
  {
    name: 'addPerson',
    summary: 'Add a citizen, verifier, tenant admin or partner staff member',
    tag: 'administration',
    method: 'POST',
    path: '/people',
    access: TENANT_ADMIN,
    body: AddPersonDto,
    response: RegisteredPersonDto,
    status: 201,
    upstream: identity((call) => `${tenant(call)}/people`),
  },
  {
    name: 'adjustAccount',
    summary: "Correct a citizen's account, with a reason for the audit",
    tag: 'administration',
    method: 'POST',
    path: '/accounts/{account}/adjustments',
    access: TENANT_ADMIN,
    body: AdjustmentDto,
    response: MovementResultDto,
    status: 200,
    upstream: ledger(
      (call) => `${tenant(call)}/accounts/${call.params.account}/adjustments`,
      (call) => ({ ...call.body, adjustedBy: call.me }),
    ),
  },
  {
    name: 'getTotals',
    summary: "The tenant's points issued, in circulation, spent, donated and expired",
    tag: 'administration',
    method: 'GET',
    path: '/totals',
    access: TENANT_ADMIN,
    response: TotalsDto,
    status: 200,
    upstream: ledger((call) => `${tenant(call)}/totals`),
  },
  {
    name: 'getExpiryPolicy',
    summary: "The points expiry policy the ledger applies (set by the tenant's settings)",
    tag: 'administration',
    method: 'GET',
    path: '/expiry-policy',
    access: TENANT_ADMIN,
    response: ExpiryPolicyDto,
    status: 200,
    upstream: ledger((call) => `${tenant(call)}/expiry-policy`),
  },
  {
    name: 'updateTenantSettings',
    summary: "Change the tenant's rules it names: points expiry, leaderboard bonuses",
    tag: 'administration',
    method: 'PATCH',
    path: '/tenant/settings',
    access: TENANT_ADMIN,
    body: TenantSettingsDto,
    response: TenantDto,
    status: 200,
    upstream: identity((call) => `${tenant(call)}/settings`),
  },
  // The platform.
  {
    name: 'createTenant',
    summary: 'Create a tenant (a municipality or organisation)',
    tag: 'platform',
    method: 'POST',
    path: '/tenants',
    access: ['platform-operator'],
    body: CreateTenantDto,
    response: TenantDto,
    status: 201,
    upstream: identity(() => '/tenants'),
  },
  {
    name: 'addTenantAdmin',
    summary:
      "Add an admin to any tenant, at any time: a new tenant's first, or one to recover a " +
      'tenant whose admins have left (a standing power of the platform operator)',
    tag: 'platform',
    method: 'POST',
    // A platform operator acts on any tenant: here the path names it, not the token.
    path: '/tenants/{tenant}/admins',
    access: ['platform-operator'],
    body: TenantAdminDto,
    response: RegisteredPersonDto,
    status: 201,
    upstream: identity(
      (call) => `/tenants/${call.params.tenant}/people`,
      (call) => ({ ...call.body, role: 'tenant-admin' }),
    ),
  },
];
