import { GatewayRoute } from '../gateway-route';
import { AddPersonDto } from '../people.dto';
import { ExpiryPolicyDto, MovementResultDto, TotalsDto } from '../points-answers.dto';
import { AdjustmentDto } from '../points.dto';
import { RegisteredPersonDto, TenantDto, TenantSettingsDto } from '@citypoints/http-contracts';
import { TENANT_ADMIN, tenant, identity, ledger } from './upstream-paths';

/** A tenant admin's routes: people, adjustments, totals, expiry and the tenant's settings. */
export const ADMINISTRATION_ROUTES: readonly GatewayRoute[] = [
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
    summary:
      "Change the tenant's rules it names: points expiry, leaderboard bonuses, most points per activity, check-in verification",
    tag: 'administration',
    method: 'PATCH',
    path: '/tenant/settings',
    access: TENANT_ADMIN,
    body: TenantSettingsDto,
    response: TenantDto,
    status: 200,
    upstream: identity((call) => `${tenant(call)}/settings`),
  },
];
