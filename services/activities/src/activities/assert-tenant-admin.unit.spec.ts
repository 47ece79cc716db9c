import { Role } from '@citypoints/contracts';
import { randomUUID } from 'node:crypto';
import { assertTenantAdmin } from './assert-tenant-admin';
import { readableStates } from './readable-states';

const person = (role: Role, tenant = 'cascais') => ({
  userId: randomUUID(),
  tenant,
  role,
  generation: 0,
});

describe('assertTenantAdmin', () => {
  it("lets the tenant's admins and tools (no acting person) manage activities", () => {
    expect(() => assertTenantAdmin(person('tenant-admin'), 'cascais')).not.toThrow();
    expect(() => assertTenantAdmin(undefined, 'cascais')).not.toThrow();
  });

  it.each<[string, ReturnType<typeof person>]>([
    ['a citizen', person('citizen')],
    ['a verifier', person('verifier')],
    ['a platform operator', person('platform-operator')],
    ["another tenant's admin", person('tenant-admin', 'sintra')],
  ])('refuses %s with 403 tenant-admins-only', (_case, actor) => {
    expect(() => assertTenantAdmin(actor, 'cascais')).toThrow(
      expect.objectContaining({ kind: 'forbidden', code: 'tenant-admins-only' }),
    );
  });
});

describe('readableStates', () => {
  it('shows admins and tools every state, everyone else the published activities only', () => {
    expect(readableStates(person('tenant-admin'), 'cascais')).toEqual([
      'draft',
      'published',
      'archived',
    ]);
    expect(readableStates(undefined, 'cascais')).toHaveLength(3);
    expect(readableStates(person('citizen'), 'cascais')).toEqual(['published']);
    expect(readableStates(person('tenant-admin', 'sintra'), 'cascais')).toEqual(['published']);
  });
});
