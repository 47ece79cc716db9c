import { Role } from '@citypoints/contracts';
import { randomUUID } from 'node:crypto';
import { memberListRefusal } from './member-list-rule';

describe('memberListRefusal', () => {
  const members = [randomUUID(), randomUUID()];
  const reader = (role: Role, userId = randomUUID(), tenant = 'cascais') => ({
    userId,
    tenant,
    role,
  });
  const REFUSED = "only the group's members and the tenant's admins may list its members";

  it('lets a member list the members', () => {
    expect(memberListRefusal(reader('citizen', members[1]), 'cascais', members)).toBeUndefined();
  });

  it("lets the tenant's admins list the members of any of its groups", () => {
    expect(memberListRefusal(reader('tenant-admin'), 'cascais', members)).toBeUndefined();
  });

  it.each<Role>(['citizen', 'verifier', 'partner-staff', 'platform-operator'])(
    'refuses a %s who is not a member',
    (role) => {
      expect(memberListRefusal(reader(role), 'cascais', members)).toBe(REFUSED);
    },
  );

  it('refuses an admin or a person of the same id from another tenant', () => {
    expect(
      memberListRefusal(reader('tenant-admin', undefined, 'stockholm'), 'cascais', members),
    ).toBe(REFUSED);
    expect(memberListRefusal(reader('citizen', members[0], 'stockholm'), 'cascais', members)).toBe(
      REFUSED,
    );
  });

  it('refuses a call that acts for nobody', () => {
    expect(memberListRefusal(undefined, 'cascais', members)).toBe(REFUSED);
  });
});
