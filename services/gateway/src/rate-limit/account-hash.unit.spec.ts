import { accountHash } from './account-hash';

describe('accountHash', () => {
  it('names one account for one address however it is typed', () => {
    expect(accountHash('  Ana.Silva@Example.ORG ')).toBe(accountHash('ana.silva@example.org'));
    expect(accountHash('jose\u0301@example.org')).toBe(accountHash('josé@example.org'));
  });

  it('tells accounts apart without saying their address', () => {
    expect(accountHash('ana@example.org')).not.toBe(accountHash('rui@example.org'));
    expect(accountHash('ana@example.org')).not.toContain('ana');
    expect(accountHash('ana@example.org')).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });
});
