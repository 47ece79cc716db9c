import { ROLES } from '@citypoints/contracts';
import {
  accountKindOf,
  assertMovable,
  ClosedAccountError,
  StaffAccountError,
  UnknownAccountError,
} from './movable-account';

describe('account kinds', () => {
  it('gives a citizen account to citizens only, a staff account to every other role', () => {
    expect(ROLES.map((role) => [role, accountKindOf(role)])).toEqual([
      ['citizen', 'citizen'],
      ['verifier', 'staff'],
      ['tenant-admin', 'staff'],
      ['partner-staff', 'staff'],
      ['platform-operator', 'staff'],
    ]);
  });

  const check = (kind: 'citizen' | 'cause', account?: Parameters<typeof assertMovable>[3]) => () =>
    assertMovable('town', 'a-1', kind, account);

  it('lets points move to and from an open citizen or cause account', () => {
    expect(check('citizen', { kind: 'citizen', closedAt: null })).not.toThrow();
    expect(check('cause', { kind: 'cause', closedAt: null })).not.toThrow();
  });

  it('refuses a staff account, naming why', () => {
    expect(check('citizen', { kind: 'staff', closedAt: null })).toThrow(StaffAccountError);
    expect(check('citizen', { kind: 'staff', closedAt: null })).toThrow(
      'a-1 is a staff account: points move only to and from citizens and causes',
    );
  });

  it('refuses an account the tenant does not have, or of another kind', () => {
    expect(check('citizen')).toThrow(new UnknownAccountError('town has no citizen account a-1'));
    expect(check('cause', { kind: 'citizen', closedAt: null })).toThrow(UnknownAccountError);
  });

  it('refuses a closed account', () => {
    expect(check('citizen', { kind: 'citizen', closedAt: new Date() })).toThrow(
      new ClosedAccountError('the citizen account a-1 is closed'),
    );
  });
});
