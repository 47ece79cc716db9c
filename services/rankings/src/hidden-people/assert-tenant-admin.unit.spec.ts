import { Role } from '@citypoints/contracts';
import { assertTenantAdmin } from './assert-tenant-admin';

describe('assertTenantAdmin: who may hide people from the leaderboards', () => {
  const actor = (role: Role, tenant = 'cascais') => ({
    userId: '0195f0c2-0000-7000-8000-000000000001',
    tenant,
    role,
    generation: 0,
  });

  it("lets the tenant's admins and tools with the service credential through", () => {
    expect(() => assertTenantAdmin(actor('tenant-admin'), 'cascais')).not.toThrow();
    expect(() => assertTenantAdmin(undefined, 'cascais')).not.toThrow();
  });

  it.each<[Role, string]>([
    ['citizen', 'cascais'],
    ['verifier', 'cascais'],
    ['partner-staff', 'cascais'],
    ['platform-operator', 'cascais'],
    ['tenant-admin', 'sintra'],
  ])('refuses a %s of %s with 403', (role, tenant) => {
    expect(() => assertTenantAdmin(actor(role, tenant), 'cascais')).toThrow(
      expect.objectContaining({ kind: 'forbidden', code: 'tenant-admins-only' }),
    );
  });
});
