import { participationVerifiedData } from '../testing/participation-verified-data';
import { Topics } from '../topics';
import { eventDefinition } from '../define-event';
import { validateEventData } from '../validate-event-data';
import { ParticipationVerified } from './participation-verified';

const check = (change: object) => () =>
  validateEventData(ParticipationVerified, { ...participationVerifiedData(), ...change });

describe('ParticipationVerified.v1', () => {
  it('is published on the verification topic', () => {
    expect(ParticipationVerified).toBe('citypoints.verification.ParticipationVerified.v1');
    expect(eventDefinition(ParticipationVerified).topic).toBe(Topics.verification);
  });

  it.each([
    { method: 'steward' },
    { method: 'integration' },
    { points: 1_000_000 },
    { verifiedAt: '2026-11-25T10:00:00+01:00' },
    { activityTitle: 'Beach clean-up' },
  ])('accepts %p', (change) => {
    expect(check(change)).not.toThrow();
  });

  it.each<[object, string]>([
    [{ participationId: 'p-1' }, 'data.participationId: participationId must be a UUID'],
    [{ activityId: undefined }, 'data.activityId: activityId must be a UUID'],
    [{ points: 2.5 }, 'data.points: points must be a positive integer'],
    [{ points: '25' }, 'data.points: points must be a positive integer'],
    [{ points: 1_000_001 }, 'data.points: points must be at most 1000000'],
    [{ method: 'qr' }, 'data.method: method must be one of the following values'],
    [{ verifiedAt: 'today' }, 'data.verifiedAt: verifiedAt must be a valid ISO 8601'],
    [{ verifiedAt: '2026-02-30T10:00:00Z' }, 'data.verifiedAt: verifiedAt must be a valid ISO'],
    [{ activityTitle: '' }, 'data.activityTitle: activityTitle must be longer than or equal to 1'],
    [{ activityTitle: 'x'.repeat(201) }, 'data.activityTitle: activityTitle must be shorter'],
  ])('refuses %p', (change, reason) => {
    expect(check(change)).toThrow(reason);
  });
});
