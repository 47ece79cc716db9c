import { Role } from '@citypoints/contracts';
import { randomUUID } from 'node:crypto';
import { actingOnPersonRefusal, ONLY_ON_THEMSELVES } from './acting-on-person-rule';

describe('actingOnPersonRefusal', () => {
  const person = randomUUID();
  const actor = (role: Role, userId = randomUUID(), tenant = 'cascais') => ({
    userId,
    tenant,
    role,
  });

  it.each<Role>(['citizen', 'verifier', 'partner-staff', 'tenant-admin', 'platform-operator'])(
    'lets a %s act on themselves',
    (role) => {
      expect(actingOnPersonRefusal(actor(role, person), 'cascais', person)).toBeUndefined();
    },
  );

  it('knows a person named in capitals as themselves', () => {
    expect(
      actingOnPersonRefusal(actor('citizen', person), 'cascais', person.toUpperCase()),
    ).toBeUndefined();
  });

  it.each<Role>(['citizen', 'verifier', 'partner-staff', 'tenant-admin', 'platform-operator'])(
    'refuses a %s acting on somebody else of the tenant',
    (role) => {
      expect(actingOnPersonRefusal(actor(role), 'cascais', person)).toBe(ONLY_ON_THEMSELVES);
    },
  );

  it('refuses the same id named in another tenant', () => {
    expect(actingOnPersonRefusal(actor('citizen', person, 'stockholm'), 'cascais', person)).toBe(
      ONLY_ON_THEMSELVES,
    );
  });

  it('lets a call that acts for nobody, from a tool, act on anyone', () => {
    expect(actingOnPersonRefusal(undefined, 'cascais', person)).toBeUndefined();
  });
});
