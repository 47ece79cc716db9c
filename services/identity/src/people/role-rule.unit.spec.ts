import { ROLES, Role } from '@citypoints/contracts';
import { randomUUID } from 'node:crypto';
import { addPersonRefusal, partnerRuleViolation } from './role-rule';

describe('partnerRuleViolation', () => {
  it('accepts partner staff with a partner and others without one', () => {
    expect(partnerRuleViolation('partner-staff', randomUUID())).toBeUndefined();
    expect(partnerRuleViolation('verifier', undefined)).toBeUndefined();
  });

  it('refuses partner staff without a partner, and a partner for anyone else', () => {
    expect(partnerRuleViolation('partner-staff', undefined)).toBe(
      'partnerId is required for partner-staff',
    );
    expect(partnerRuleViolation('citizen', randomUUID())).toBe(
      'partnerId is only for partner-staff',
    );
  });
});

describe('addPersonRefusal', () => {
  const admin = { tenant: 'cascais', role: 'tenant-admin' as Role };
  const operator = { tenant: 'platform', role: 'platform-operator' as Role };

  it.each<Role>(['citizen', 'verifier', 'partner-staff', 'tenant-admin'])(
    'lets a tenant admin add a %s to their own tenant',
    (role) => {
      expect(addPersonRefusal(admin, 'cascais', role)).toBeUndefined();
    },
  );

  it('never lets a tenant admin add a platform operator', () => {
    expect(addPersonRefusal(admin, 'cascais', 'platform-operator')).toBe(
      'a tenant admin may add citizen, verifier, partner-staff, tenant-admin, never platform-operator',
    );
  });

  it('keeps a tenant admin out of other tenants', () => {
    expect(addPersonRefusal(admin, 'stockholm', 'citizen')).toBe(
      'a tenant admin may add people only to their own tenant',
    );
  });

  it('lets a platform operator add the admins of any tenant, and nobody else', () => {
    expect(addPersonRefusal(operator, 'cascais', 'tenant-admin')).toBeUndefined();
    expect(addPersonRefusal(operator, 'stockholm', 'tenant-admin')).toBeUndefined();
    for (const role of ROLES.filter((r) => r !== 'tenant-admin')) {
      expect(addPersonRefusal(operator, 'cascais', role)).toContain(
        'a platform operator may add only tenant admins',
      );
    }
  });

  it.each<Role>(['citizen', 'verifier', 'partner-staff'])('refuses a %s adding anyone', (role) => {
    expect(addPersonRefusal({ tenant: 'cascais', role }, 'cascais', 'citizen')).toBe(
      'only tenant admins and platform operators may add people',
    );
  });

  it('lets a tool without an acting person add any role', () => {
    for (const role of ROLES) expect(addPersonRefusal(undefined, 'cascais', role)).toBeUndefined();
  });
});
