import { consentViolation, publicName } from './public-name';

describe('publicName', () => {
  const person = { displayName: 'Ana Silva', nickname: 'beachcomber' };

  it('shows the display name or the nickname only as consented', () => {
    expect(publicName({ ...person, visibility: 'public' })).toBe('Ana Silva');
    expect(publicName({ ...person, visibility: 'nickname' })).toBe('beachcomber');
    expect(publicName({ ...person, visibility: 'hidden' })).toBeNull();
  });

  it('shows nothing for an erased person', () => {
    expect(publicName({ visibility: 'public', displayName: null, nickname: null })).toBeNull();
  });
});

describe('consentViolation', () => {
  it('accepts a nickname with visibility nickname, and none with the others', () => {
    expect(consentViolation('nickname', 'beachcomber')).toBeUndefined();
    expect(consentViolation('public', undefined)).toBeUndefined();
    expect(consentViolation('hidden', undefined)).toBeUndefined();
  });

  it('refuses a missing nickname, or one that would not be shown', () => {
    expect(consentViolation('nickname', undefined)).toContain('nickname is required');
    expect(consentViolation('public', 'beachcomber')).toContain('nickname is only for');
  });
});
