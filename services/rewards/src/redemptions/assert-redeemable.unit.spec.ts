import { offerOf } from '../testing/offer-of';
import { assertRedeemable } from './assert-redeemable';

describe('assertRedeemable', () => {
  const now = new Date('2027-05-10T12:00:00Z');
  const onSale = offerOf({ state: 'published', stock: 10, perPersonLimit: 2 });
  const check =
    (offer = onSale, all = 0, mine = 0, at = now) =>
    () =>
      assertRedeemable('cascais', onSale.offerId, offer, { all, mine }, at);

  it('lets a person reserve a published offer in its window with stock and limit left', () => {
    expect(check(onSale, 9, 1)).not.toThrow();
  });

  it('takes null stock and null limit as unlimited', () => {
    expect(
      check(offerOf({ state: 'published', stock: null, perPersonLimit: null }), 1e6, 1e3),
    ).not.toThrow();
  });

  it.each(['draft', 'submitted'] as const)('answers a %s offer as unknown', (state) => {
    expect(check(offerOf({ state }))).toThrow(expect.objectContaining({ code: 'unknown-offer' }));
  });

  it('answers a missing offer as unknown', () => {
    expect(check(null as never)).toThrow(expect.objectContaining({ code: 'unknown-offer' }));
  });

  it.each(['paused', 'ended'] as const)('refuses a %s offer as not on sale', (state) => {
    expect(check({ ...onSale, state })).toThrow(
      expect.objectContaining({ code: 'offer-not-on-sale' }),
    );
  });

  it.each([
    ['before its sale starts', '2027-04-30T23:59:59.999Z'],
    ['at its sale end', '2027-06-01T00:00:00.000Z'],
  ])('refuses an offer %s', (_, at) => {
    expect(check(onSale, 0, 0, new Date(at))).toThrow(
      expect.objectContaining({ code: 'offer-not-on-sale', kind: 'conflict' }),
    );
  });

  it('refuses a person who holds the limit already', () => {
    expect(check(onSale, 3, 2)).toThrow(expect.objectContaining({ code: 'limit-reached' }));
  });

  it('refuses when every unit is reserved or issued', () => {
    expect(check(onSale, 10, 0)).toThrow(expect.objectContaining({ code: 'offer-sold-out' }));
  });
});
