import { ROLES } from '@citypoints/contracts';
import { randomUUID } from 'node:crypto';
import { assertTenantMember } from './assert-tenant-member';

describe('assertTenantMember', () => {
  const person = (role: (typeof ROLES)[number], tenant = 'cascais') => ({
    userId: randomUUID(),
    tenant,
    role,
    generation: 0,
  });

  it.each(ROLES)('lets a %s of the tenant read its activities', (role) => {
    expect(() => assertTenantMember(person(role), 'cascais')).not.toThrow();
  });

  it('lets tools (no acting person) read them', () => {
    expect(() => assertTenantMember(undefined, 'cascais')).not.toThrow();
  });

  it.each(ROLES)('refuses a %s of another tenant with 403 other-tenant', (role) => {
    expect(() => assertTenantMember(person(role, 'sintra'), 'cascais')).toThrow(
      expect.objectContaining({ kind: 'forbidden', code: 'other-tenant' }),
    );
  });
});
