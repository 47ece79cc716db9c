import { randomUUID } from 'node:crypto';
import { partnerRuleViolation } from './role-rule';

describe('partnerRuleViolation', () => {
  it('accepts partner staff with a partner and others without one', () => {
    expect(partnerRuleViolation('partner-staff', randomUUID())).toBeUndefined();
    expect(partnerRuleViolation('verifier', undefined)).toBeUndefined();
  });

  it('refuses partner staff without a partner, and a partner for anyone else', () => {
    expect(partnerRuleViolation('partner-staff', undefined)).toBe(
      'partnerId is required for partner-staff',
    );
    expect(partnerRuleViolation('citizen', randomUUID())).toBe(
      'partnerId is only for partner-staff',
    );
  });
});
