import { Actor } from '@citypoints/platform';
import { NotTheActorError } from './acting-for';
import { assertReadingFor } from './reading-for';

describe('reading an account for a person', () => {
  const person = (userId: string, role: Actor['role']): Actor => ({
    userId,
    tenant: 'town',
    role,
    generation: 1,
  });

  it("lets a citizen read their own account, not another person's", () => {
    expect(() => assertReadingFor(person('ana', 'citizen'), 'town', 'ana')).not.toThrow();
    expect(() => assertReadingFor(person('ana', 'citizen'), 'town', 'rui')).toThrow(
      new NotTheActorError('account must be the signed-in person the call acts for'),
    );
  });

  it('lets a tenant admin read any account of their tenant, none of another tenant', () => {
    expect(() => assertReadingFor(person('eva', 'tenant-admin'), 'town', 'rui')).not.toThrow();
    expect(() => assertReadingFor(person('eva', 'tenant-admin'), 'city', 'rui')).toThrow(
      NotTheActorError,
    );
  });

  it('lets other staff read only their own account, for their data export', () => {
    expect(() => assertReadingFor(person('vic', 'verifier'), 'town', 'vic')).not.toThrow();
    for (const role of ['verifier', 'partner-staff', 'platform-operator'] as const) {
      expect(() => assertReadingFor(person('vic', role), 'town', 'rui')).toThrow(NotTheActorError);
    }
  });

  it('lets a call for nobody in particular through', () => {
    expect(() => assertReadingFor(undefined, 'town', 'rui')).not.toThrow();
  });

  it('refuses a citizen reading their own id in another tenant', () => {
    expect(() => assertReadingFor(person('ana', 'citizen'), 'city', 'ana')).toThrow(
      NotTheActorError,
    );
  });
});
