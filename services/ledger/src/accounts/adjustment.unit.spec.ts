import { adjustmentReason, assertNotOwnAccount, OwnAccountAdjustmentError } from './adjustment';

describe('adjustments', () => {
  it("refuses an admin's adjustment of their own account", () => {
    expect(() => assertNotOwnAccount('eva', 'eva')).toThrow(OwnAccountAdjustmentError);
    expect(() => assertNotOwnAccount('eva', 'eva')).toThrow(
      'a tenant admin cannot adjust their own account',
    );
  });

  it("lets an admin adjust someone else's account", () => {
    expect(() => assertNotOwnAccount('ana', 'eva')).not.toThrow();
  });

  it('keeps only the admin id in the reason the event store records', () => {
    expect(adjustmentReason('eva')).toBe('adjusted by eva');
  });
});
