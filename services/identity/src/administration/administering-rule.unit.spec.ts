import { Actor } from '@citypoints/platform';
import { administeringRefusal } from './administering-rule';

describe('who may administer a person', () => {
  const admin: Actor = { userId: 'A-1', tenant: 'cascais', role: 'tenant-admin', generation: 0 };

  it("lets a tenant's admin administer another person of the tenant", () => {
    expect(administeringRefusal(admin, 'cascais', 'b-2')).toBeUndefined();
  });

  it('lets a tool acting for nobody administer anyone', () => {
    expect(administeringRefusal(undefined, 'cascais', 'a-1')).toBeUndefined();
  });

  it("refuses another tenant's admin", () => {
    expect(administeringRefusal(admin, 'oeiras', 'b-2')).toMatch(/only the tenant's admins/);
  });

  it.each(['citizen', 'verifier', 'partner-staff', 'platform-operator'] as const)(
    'refuses a %s',
    (role) => {
      expect(administeringRefusal({ ...admin, role }, 'cascais', 'b-2')).toMatch(/only/);
    },
  );

  it('refuses an admin acting on themselves, whatever the case of the id', () => {
    expect(administeringRefusal(admin, 'cascais', 'a-1')).toMatch(/their own role/);
  });

  it('lets an admin list the people, themselves included', () => {
    expect(administeringRefusal(admin, 'cascais')).toBeUndefined();
  });
});
