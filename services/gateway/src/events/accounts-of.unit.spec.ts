import { CloudEvent, PointsEarned, PointsTransferred, UserRegistered } from '@citypoints/contracts';
import { accountsOf, eventName } from './accounts-of';

const event = (type: string, data: object) => ({ type, data }) as CloudEvent;

describe('accountsOf', () => {
  it('names both sides of a transfer, the one account of other movements, none otherwise', () => {
    expect(accountsOf(event(PointsTransferred, { fromAccountId: 'a', toAccountId: 'b' }))).toEqual([
      'a',
      'b',
    ]);
    expect(accountsOf(event(PointsEarned, { accountId: 'a' }))).toEqual(['a']);
    expect(accountsOf(event(UserRegistered, { userId: 'a' }))).toEqual([]);
  });

  it('shortens the type to the event name', () => {
    expect(eventName(PointsEarned)).toBe('PointsEarned');
  });
});
