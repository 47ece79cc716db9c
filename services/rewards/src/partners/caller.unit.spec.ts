import { Role } from '@citypoints/contracts';
import { randomUUID } from 'node:crypto';
import { callerOf, isStaffOf } from './caller';

const person = (role: Role, tenant = 'cascais') => ({
  userId: randomUUID(),
  tenant,
  role,
  generation: 0,
});

describe('callerOf', () => {
  it("makes the tenant's admins and tools (no acting person) admins", () => {
    expect(callerOf(person('tenant-admin'), 'cascais')).toEqual({ kind: 'admin' });
    expect(callerOf(undefined, 'cascais')).toEqual({ kind: 'admin' });
  });

  it('makes partner staff staff of the partner their account is bound to, if any', () => {
    const staff = person('partner-staff');
    const partnerId = randomUUID();
    const caller = callerOf(staff, 'cascais', partnerId);
    expect(caller).toEqual({ kind: 'staff', userId: staff.userId, partnerId });
    expect(isStaffOf(caller, partnerId)).toBe(true);
    expect(isStaffOf(caller, randomUUID())).toBe(false);
    expect(isStaffOf(callerOf(staff, 'cascais'), partnerId)).toBe(false);
  });

  it.each<[string, ReturnType<typeof person>]>([
    ['a citizen', person('citizen')],
    ['a verifier', person('verifier')],
    ['a platform operator of another tenant', person('platform-operator', 'sintra')],
    ["another tenant's admin", person('tenant-admin', 'sintra')],
    ["another tenant's partner staff", person('partner-staff', 'sintra')],
  ])('makes %s a reader', (_case, actor) => {
    expect(callerOf(actor, 'cascais', randomUUID())).toEqual({ kind: 'reader' });
  });
});
