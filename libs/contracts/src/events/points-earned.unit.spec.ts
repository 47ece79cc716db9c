import { randomUUID } from 'node:crypto';
import { eventDefinition } from '../define-event';
import { Topics } from '../topics';
import { validateEventData } from '../validate-event-data';
import { PointsEarned, PointsEarnedV1 } from './points-earned';

const data = (): PointsEarnedV1 => ({
  accountId: randomUUID(),
  participationId: randomUUID(),
  points: 25,
  balance: 125,
});

const check = (change: object) => () => validateEventData(PointsEarned, { ...data(), ...change });

describe('PointsEarned.v1', () => {
  it('is published on the ledger topic', () => {
    expect(PointsEarned).toBe('citypoints.ledger.PointsEarned.v1');
    expect(eventDefinition(PointsEarned).topic).toBe(Topics.ledger);
  });

  it.each([{ balance: 0 }, { points: 1_000_000 }, { category: 'environment' }])(
    'accepts %p',
    (change) => {
      expect(check(change)).not.toThrow();
    },
  );

  it.each<[object, string]>([
    [{ accountId: 'account-1' }, 'data.accountId: accountId must be a UUID'],
    [{ participationId: undefined }, 'data.participationId: participationId must be a UUID'],
    [{ points: 0 }, 'data.points: points must be a positive integer'],
    [{ points: 1_000_001 }, 'data.points: points must be at most 1000000'],
    [{ balance: -1 }, 'data.balance: balance must not be less than 0'],
    [{ balance: 1.5 }, 'data.balance: balance must be an integer number'],
    [{ tenantid: 'cascais' }, 'data.tenantid: property tenantid should not exist'],
    [{ category: 'sports' }, 'data.category: category must be one of the following values'],
  ])('refuses %p', (change, reason) => {
    expect(check(change)).toThrow(reason);
  });
});
