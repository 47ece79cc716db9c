import { DEFAULT_VERIFICATION_SETTINGS } from '@citypoints/contracts';
import { activitySnapshot } from '../testing/activity-snapshot';
import { judgeClaim } from './judge-claim';
import { ClaimContext } from './participation-claim';

describe('judgeClaim', () => {
  const at = new Date('2027-05-01T10:00:00Z');
  const atTheBeach = { latitude: 38.698, longitude: -9.4214, accuracy: 10 };
  const context = (change: Partial<ClaimContext> = {}): ClaimContext => ({
    activity: {
      ...activitySnapshot({ schedule: { kind: 'always' }, limits: {} }),
      tenantId: 'cascais',
    } as ClaimContext['activity'],
    rules: { timeZone: 'Europe/Lisbon', verification: DEFAULT_VERIFICATION_SETTINGS },
    previous: [],
    neighbours: [],
    ...change,
  });
  const claim = { method: 'qr-gps' as const, scannedAt: at, position: atTheBeach };

  it('verifies a claim that keeps every rule, with its distance from the place', () => {
    const verdict = judgeClaim(claim, context());
    expect(verdict.state).toBe('verified');
    expect(verdict.distance).toBeGreaterThan(5);
    expect(verdict.distance).toBeLessThan(20);
  });

  it('rejects outside the fence and names the distance', () => {
    const far = { ...atTheBeach, latitude: 38.708 };
    expect(judgeClaim({ ...claim, position: far }, context())).toMatchObject({
      state: 'rejected',
      reason: 'outside-place',
    });
  });

  it('judges the fence only for QR + GPS: a QR-only claim is not placed', () => {
    const far = { ...atTheBeach, latitude: 38.708 };
    expect(judgeClaim({ ...claim, method: 'qr', position: far }, context()).state).toBe('verified');
  });

  it('rejects a second check-in in the same occurrence of an event', () => {
    const base = context();
    const activity = {
      ...base.activity,
      schedule: { kind: 'event' as const, start: '2027-05-01T09:00', end: '2027-05-01T12:00' },
      limits: { oncePerOccurrence: true },
    };
    const first = judgeClaim(claim, { ...base, activity });
    expect(first.state).toBe('verified');
    const previous = [{ at, occurrence: first.occurrence }];
    expect(judgeClaim(claim, { ...base, activity, previous })).toMatchObject({
      reason: 'once-per-occurrence',
    });
  });

  it('flags a vague position for review when the tenant asks for it, but never a steward', () => {
    const verification = { ...DEFAULT_VERIFICATION_SETTINGS, reviewAccuracyMetres: 5 };
    const rules = { timeZone: 'Europe/Lisbon', verification };
    expect(judgeClaim(claim, context({ rules }))).toMatchObject({
      state: 'pending-review',
      flags: ['accuracy-above-review-limit'],
    });
    const steward = { method: 'steward' as const, scannedAt: at };
    expect(judgeClaim(steward, context({ rules })).state).toBe('verified');
  });

  it('rejects travel faster than the tenant allows from the nearest earlier check-in', () => {
    const stockholm = { latitude: 59.3327, longitude: 18.065, accuracy: 10 };
    const neighbours = [{ at: new Date(at.getTime() - 3_600_000), position: stockholm }];
    expect(judgeClaim(claim, context({ neighbours }))).toMatchObject({
      reason: 'impossible-travel',
    });
  });
});
