import { Actor } from '@citypoints/platform';
import { assertActingFor, NotTheActorError } from './acting-for';

describe('acting for a person', () => {
  const eva: Actor = { userId: 'eva', tenant: 'town', role: 'tenant-admin', generation: 1 };

  it('lets a call name the person it acts for', () => {
    expect(() => assertActingFor(eva, 'town', 'eva', 'adjustedBy')).not.toThrow();
  });

  it('lets a call for nobody in particular through', () => {
    expect(() => assertActingFor(undefined, 'town', 'eva', 'adjustedBy')).not.toThrow();
  });

  it('refuses a call that names another person or tenant than it acts for', () => {
    expect(() => assertActingFor(eva, 'town', 'ivo', 'adjustedBy')).toThrow(
      new NotTheActorError('adjustedBy must be the signed-in person the call acts for'),
    );
    expect(() => assertActingFor(eva, 'city', 'eva', 'account')).toThrow(NotTheActorError);
  });
});
