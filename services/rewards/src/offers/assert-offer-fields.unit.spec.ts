import { offerOf } from '../testing/offer-of';
import { assertOfferFields } from './assert-offer-fields';

describe('assertOfferFields', () => {
  const now = new Date('2027-04-02T10:00:00Z');

  it('accepts a validity in days or until an instant after the sale', () => {
    expect(() => assertOfferFields(offerOf(), now)).not.toThrow();
    const until = offerOf({ validDays: undefined, validUntil: '2027-06-01T00:00:01.000Z' });
    expect(() => assertOfferFields(until, now)).not.toThrow();
  });

  it.each([
    [{ saleEndsAt: '2027-05-01T00:00:00.000Z' }, 'sale-ends-before-start', 'saleEndsAt'],
    [{ saleEndsAt: '2027-04-30T00:00:00.000Z' }, 'sale-ends-before-start', 'saleEndsAt'],
    [
      { saleStartsAt: '2027-03-01T00:00:00.000Z', saleEndsAt: '2027-04-02T10:00:00.000Z' },
      'sale-ended',
      'saleEndsAt',
    ],
    [{ validDays: undefined }, 'validity-required', 'validDays'],
    [{ validUntil: '2027-12-31T00:00:00.000Z' }, 'one-validity-only', 'validUntil'],
    [
      { validDays: undefined, validUntil: '2027-06-01T00:00:00.000Z' },
      'valid-until-before-sale-end',
      'validUntil',
    ],
  ])('refuses %p with 400 %s naming %s', (change, code, field) => {
    expect(() => assertOfferFields(offerOf(change), now)).toThrow(
      expect.objectContaining({ kind: 'invalid', code, field }),
    );
  });
});
