import {
  CloudEvent,
  PointsAdjustedV2Type,
  PointsEarned,
  PointsRefunded,
  PointsTransferred,
  PointsTransferredV2Type,
  RedemptionFailed,
  UserRegistered,
  VoucherCancelled,
  VoucherIssued,
} from '@citypoints/contracts';
import { accountsOf, eventName } from './accounts-of';

const event = (type: string, data: object) => ({ type, data }) as CloudEvent;

describe('accountsOf', () => {
  it("sends each v1 copy of a transfer to its own account only, the sender's and the receiver's", () => {
    const transfer = { fromAccountId: 'a', toAccountId: 'b' };
    expect(accountsOf(event(PointsTransferred, { ...transfer, accountId: 'a' }))).toEqual(['a']);
    expect(accountsOf(event(PointsTransferred, { ...transfer, accountId: 'b' }))).toEqual(['b']);
  });

  it('sends each v2 copy of a transfer to its own account only', () => {
    const transfer = { fromAccountId: 'a', toAccountId: 'b' };
    const copy = (accountId: string) =>
      event(PointsTransferredV2Type, { ...transfer, accountId, balance: 1 });
    expect(accountsOf(copy('a'))).toEqual(['a']);
    expect(accountsOf(copy('b'))).toEqual(['b']);
  });

  it('names both sides of a transfer published before copies per account', () => {
    expect(accountsOf(event(PointsTransferred, { fromAccountId: 'a', toAccountId: 'b' }))).toEqual([
      'a',
      'b',
    ]);
  });

  it('names the one account of other movements, none otherwise', () => {
    expect(accountsOf(event(PointsEarned, { accountId: 'a' }))).toEqual(['a']);
    expect(accountsOf(event(PointsAdjustedV2Type, { accountId: 'a' }))).toEqual(['a']);
    expect(accountsOf(event(PointsRefunded, { accountId: 'a', redemptionId: 'r' }))).toEqual(['a']);
    expect(accountsOf(event(UserRegistered, { userId: 'a' }))).toEqual([]);
  });

  it("sends rewards' settlement of a redemption to the person who redeemed, and no one else", () => {
    const settled = { redemptionId: 'r', offerId: 'o', userId: 'a' };
    expect(accountsOf(event(VoucherIssued, { ...settled, partnerId: 'p' }))).toEqual(['a']);
    expect(accountsOf(event(RedemptionFailed, { ...settled, reason: 'timed-out' }))).toEqual(['a']);
    expect(accountsOf(event(VoucherCancelled, { ...settled, voucherId: 'v' }))).toEqual(['a']);
    expect(accountsOf(event(VoucherIssued, { redemptionId: 'r', accountId: 'a' }))).toEqual([]);
  });

  it('shortens the type to the event name', () => {
    expect(eventName(PointsEarned)).toBe('PointsEarned');
  });
});
