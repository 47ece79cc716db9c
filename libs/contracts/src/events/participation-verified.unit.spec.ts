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
    { method: 'qr' },
    {
      activityCategory: 'environment',
      impact: { unit: 'kg recycled', quantity: 5 },
      scannedAt: '2026-11-25T09:58:00.000Z',
      verifiedBy: { kind: 'steward', id: '0192a3b4-0000-7000-8000-000000000001' },
      externalId: 'FIXA-2026-000123',
    },
  ])('accepts %p', (change) => {
    expect(check(change)).not.toThrow();
  });

  it.each<[object, string]>([
    [{ participationId: 'p-1' }, 'data.participationId: participationId must be a UUID'],
    [{ activityId: undefined }, 'data.activityId: activityId must be a UUID'],
    [{ points: 2.5 }, 'data.points: points must be a positive integer'],
    [{ points: '25' }, 'data.points: points must be a positive integer'],
    [{ points: 1_000_001 }, 'data.points: points must be at most 1000000'],
    [{ method: 'telepathy' }, 'data.method: method must be one of the following values'],
    [{ activityCategory: 'sports' }, 'data.activityCategory: activityCategory must be one of'],
    [{ impact: { unit: 'kg', quantity: -1 } }, 'data.impact.quantity'],
    [{ scannedAt: 'yesterday' }, 'data.scannedAt: scannedAt must be a valid ISO 8601'],
    [{ verifiedBy: { kind: 'friend' } }, 'data.verifiedBy.kind: kind must be one of'],
    [{ verifiedBy: { kind: 'steward', id: 'bob' } }, 'data.verifiedBy.id: id must be a UUID'],
    [{ externalId: 'with space' }, 'data.externalId: externalId must be printable ASCII'],
    [{ verifiedAt: 'today' }, 'data.verifiedAt: verifiedAt must be a valid ISO 8601'],
    [{ verifiedAt: '2026-02-30T10:00:00Z' }, 'data.verifiedAt: verifiedAt must be a valid ISO'],
    [{ activityTitle: '' }, 'data.activityTitle: activityTitle must be longer than or equal to 1'],
    [{ activityTitle: 'x'.repeat(201) }, 'data.activityTitle: activityTitle must be shorter'],
  ])('refuses %p', (change, reason) => {
    expect(check(change)).toThrow(reason);
  });
});
