import { GatewayRoute } from '../gateway-route';
import { AddPersonDto } from '../people.dto';
import { ExpiryPolicyDto, MovementResultDto, TotalsDto } from '../points-answers.dto';
import { AdjustmentDto } from '../points.dto';
import {
  RegisteredPersonDto,
  TenantDto,
  TenantSettingsDto,
  StatisticsQueryDto,
  TenantStatisticsDto,
  WeeklyTotalsDto,
} from '@citypoints/http-contracts';
import { PEOPLE_ADMINISTRATION_ROUTES } from './people-administration.routes';
import {
  TENANT_ADMIN,
  tenant,
  identity,
  ledger,
  queryString,
  verification,
} from './upstream-paths';

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
    name: 'getStatistics',
    summary:
      "The tenant's verified participations per ISO week and category, active residents and " +
      "impact totals, in the days from–to of the tenant's time zone (both included; by default " +
      'the 12 weeks up to today)',
    tag: 'administration',
    method: 'GET',
    path: '/statistics',
    access: TENANT_ADMIN,
    query: StatisticsQueryDto,
    response: TenantStatisticsDto,
    status: 200,
    upstream: verification((call) => `${tenant(call)}/statistics${queryString(call.query)}`),
  },
  {
    name: 'getWeeklyTotals',
    summary:
      "The tenant's points issued, spent, donated and expired per ISO week (UTC), in the days " +
      'from–to (both included; by default the 12 weeks up to today)',
    tag: 'administration',
    method: 'GET',
    path: '/totals/weekly',
    access: TENANT_ADMIN,
    query: StatisticsQueryDto,
    response: WeeklyTotalsDto,
    status: 200,
    upstream: ledger((call) => `${tenant(call)}/totals/weekly${queryString(call.query)}`),
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
  ...PEOPLE_ADMINISTRATION_ROUTES,
  {
    name: 'getTenantSettings',
    summary: "The tenant's rules as they are now, every setting with its value or default",
    tag: 'administration',
    method: 'GET',
    path: '/tenant/settings',
    access: TENANT_ADMIN,
    response: TenantDto,
    status: 200,
    upstream: identity(tenant),
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
