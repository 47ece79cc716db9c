import { GatewayRoute } from '../gateway-route';
import { TenantAdminDto } from '../platform.dto';
import { CreateTenantDto } from '../tenant.dto';
import { RegisteredPersonDto, TenantDto } from '@citypoints/http-contracts';
import { identity } from './upstream-paths';

/** The platform operator: tenants and their first admins. */
export const PLATFORM_ROUTES: readonly GatewayRoute[] = [
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
