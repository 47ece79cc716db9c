import { ParticipationVerified } from '@citypoints/contracts';
import { randomUUID } from 'node:crypto';
import { CheckIn, verifyCheckIn } from './verify-check-in';

describe('verifyCheckIn', () => {
  const now = new Date('2026-11-28T10:15:00+01:00');
  const participationId = randomUUID();
  const checkIn = (): CheckIn => ({
    userId: randomUUID(),
    activityId: randomUUID(),
    points: 20,
    method: 'steward',
  });

  it('verifies a check-in as the participation of the tenant at the given time', () => {
    const given = checkIn();
    const { participation } = verifyCheckIn('cascais', given, participationId, now);
    expect(participation).toEqual({
      ...given,
      id: participationId,
      tenantId: 'cascais',
      verifiedAt: now,
    });
  });

  it('publishes ParticipationVerified of the tenant, about the participation, in UTC', () => {
    const given = checkIn();
    const { message } = verifyCheckIn('cascais', given, participationId, now);
    expect(message.topic).toBe('citypoints.verification.v1');
    expect(message.event).toMatchObject({
      type: ParticipationVerified,
      source: '/citypoints/verification',
      tenantid: 'cascais',
      subject: participationId,
      data: { ...given, participationId, verifiedAt: '2026-11-28T09:15:00.000Z' },
    });
  });

  it("keys the event by tenant and person, so one person's participations stay in order", () => {
    const given = checkIn();
    const first = verifyCheckIn('cascais', given, randomUUID(), now).message;
    const second = verifyCheckIn('cascais', given, randomUUID(), now).message;
    expect(first.key).toBe(`cascais:${given.userId}`);
    expect(second.key).toBe(first.key);
    expect(verifyCheckIn('sintra', given, randomUUID(), now).message.key).not.toBe(first.key);
  });
});
