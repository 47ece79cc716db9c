import { Role } from '@citypoints/contracts';
import {
  FOUNDER_OR_ADMIN,
  groupManagementRefusal,
  memberRemovalRefusal,
} from './group-management-rule';

describe('who may manage a group', () => {
  const founder = '0190a1b2-0000-7000-8000-00000000000f';
  const member = '0190a1b2-0000-7000-8000-00000000000a';
  const as = (userId: string, role: Role = 'citizen', tenant = 'cascais') => ({
    userId,
    role,
    tenant,
  });

  it('lets the founder, in any case of their id, and the tenant admins manage', () => {
    expect(groupManagementRefusal(as(founder.toUpperCase()), 'cascais', founder)).toBeUndefined();
    expect(groupManagementRefusal(as(member, 'tenant-admin'), 'cascais', founder)).toBeUndefined();
  });

  it("refuses a member, another tenant's admin and another tenant's founder", () => {
    expect(groupManagementRefusal(as(member), 'cascais', founder)).toBe(FOUNDER_OR_ADMIN);
    expect(groupManagementRefusal(as(member, 'tenant-admin', 'lund'), 'cascais', founder)).toBe(
      FOUNDER_OR_ADMIN,
    );
    expect(groupManagementRefusal(as(founder, 'citizen', 'lund'), 'cascais', founder)).toBe(
      FOUNDER_OR_ADMIN,
    );
  });

  it('lets a call for nobody manage', () => {
    expect(groupManagementRefusal(undefined, 'cascais', founder)).toBeUndefined();
  });

  it('lets every member leave but only the founder or an admin remove another', () => {
    expect(memberRemovalRefusal(as(member), 'cascais', founder, member)).toBeUndefined();
    expect(memberRemovalRefusal(as(member), 'cascais', founder, founder)).toBe(FOUNDER_OR_ADMIN);
    expect(memberRemovalRefusal(as(founder), 'cascais', founder, member)).toBeUndefined();
    expect(memberRemovalRefusal(as(member, 'citizen', 'lund'), 'cascais', founder, member)).toBe(
      FOUNDER_OR_ADMIN,
    );
  });
});
