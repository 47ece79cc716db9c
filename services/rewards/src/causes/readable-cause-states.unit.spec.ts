import { Role } from '@citypoints/contracts';
import { readableCauseStates } from './readable-cause-states';

const person = (role: Role, tenant = 'cascais') => ({
  userId: '0190a6a8-2f5e-7c3d-8a1b-2c3d4e5f6a7b',
  tenant,
  role,
  generation: 0,
});

describe('readableCauseStates', () => {
  it('shows a tenant admin and a tool every state', () => {
    const all = ['draft', 'published', 'archived'];
    expect(readableCauseStates(person('tenant-admin'), 'cascais')).toEqual(all);
    expect(readableCauseStates(undefined, 'cascais')).toEqual(all);
  });

  it.each(['citizen', 'verifier', 'partner-staff'] as Role[])(
    'shows a %s of the tenant the published causes only',
    (role) => {
      expect(readableCauseStates(person(role), 'cascais')).toEqual(['published']);
    },
  );
});
