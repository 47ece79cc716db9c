import { causedBy } from './caused-by';
import { createEvent } from './create-event';
import { ParticipationVerified } from './events/participation-verified';
import { PointsEarned } from './events/points-earned';
import { participationVerifiedData } from './testing/participation-verified-data';

describe('causedBy', () => {
  it('carries tenant and correlation over, with the cause as causation', () => {
    const verified = createEvent(ParticipationVerified, participationVerifiedData(), {
      source: '/citypoints/verification',
      tenantid: 'cascais',
      correlationid: 'request-1',
    });
    const earned = createEvent(
      PointsEarned,
      {
        accountId: verified.data.userId,
        participationId: verified.data.participationId,
        points: verified.data.points,
        balance: 125,
      },
      causedBy(verified, '/citypoints/ledger'),
    );
    expect(earned).toMatchObject({
      source: '/citypoints/ledger',
      tenantid: 'cascais',
      correlationid: 'request-1',
      causationid: verified.id,
    });
    expect(earned.id).not.toBe(verified.id);
  });

  it('correlates with the first event when that one started the chain', () => {
    const first = createEvent(ParticipationVerified, participationVerifiedData(), {
      source: '/citypoints/verification',
      tenantid: 'lisboa',
    });
    expect(causedBy(first, '/citypoints/ledger')).toEqual({
      source: '/citypoints/ledger',
      tenantid: 'lisboa',
      correlationid: first.id,
      causationid: first.id,
    });
  });
});
