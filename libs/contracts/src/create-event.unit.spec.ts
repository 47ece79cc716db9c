import { createEvent } from './create-event';
import { ParticipationVerified } from './events/participation-verified';
import { InvalidEventError } from './invalid-event-error';
import { participationVerifiedData } from './testing/participation-verified-data';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const attributes = { source: '/citypoints/verification', tenantid: 'cascais' };

describe('createEvent', () => {
  it('gives a UUIDv7 id, the current time, and its own id as correlation', () => {
    const data = participationVerifiedData();
    const event = createEvent(ParticipationVerified, data, attributes);
    expect(event).toEqual({
      specversion: '1.0',
      id: expect.stringMatching(UUID_V7),
      type: ParticipationVerified,
      source: '/citypoints/verification',
      time: expect.any(String),
      datacontenttype: 'application/json',
      tenantid: 'cascais',
      correlationid: event.id,
      data,
    });
    expect(Math.abs(Date.now() - Date.parse(event.time))).toBeLessThan(5000);
  });

  it('gives every event a new id', () => {
    const first = createEvent(ParticipationVerified, participationVerifiedData(), attributes);
    const second = createEvent(ParticipationVerified, participationVerifiedData(), attributes);
    expect(second.id).not.toBe(first.id);
  });

  it('keeps a given subject, correlation and causation', () => {
    const event = createEvent(ParticipationVerified, participationVerifiedData(), {
      ...attributes,
      subject: 'participation-1',
      correlationid: 'request-1',
      causationid: 'event-1',
    });
    expect(event).toMatchObject({
      subject: 'participation-1',
      correlationid: 'request-1',
      causationid: 'event-1',
    });
  });

  it('refuses invalid data, naming the field', () => {
    const data = { ...participationVerifiedData(), points: -1 };
    expect(() => createEvent(ParticipationVerified, data, attributes)).toThrow(InvalidEventError);
    expect(() => createEvent(ParticipationVerified, data, attributes)).toThrow(
      new InvalidEventError('data.points: points must be a positive integer'),
    );
  });

  it('refuses an unknown type', () => {
    expect(() => createEvent('citypoints.x.Nope.v1', {}, attributes)).toThrow(
      new InvalidEventError('unknown event type "citypoints.x.Nope.v1"'),
    );
  });

  it.each(['Cascais', 'bad town', '', 'a'.repeat(64)])('refuses the tenant id "%s"', (tenantid) => {
    expect(() =>
      createEvent(ParticipationVerified, participationVerifiedData(), { ...attributes, tenantid }),
    ).toThrow(
      new InvalidEventError(
        `tenantid must be 1-63 characters of a-z, 0-9 and -, not "${tenantid}"`,
      ),
    );
  });
});
