import { randomUUID } from 'node:crypto';
import { InvalidEventError } from './cloud-event';
import { causedBy, createEvent } from './create-event';
import { ParticipationVerified } from './events';
import { fromKafkaMessage, toKafkaMessage } from './kafka-binding';

const data = () => ({
  participationId: randomUUID(),
  userId: randomUUID(),
  activityId: randomUUID(),
  points: 25,
  method: 'qr-gps' as const,
  verifiedAt: '2026-11-25T10:00:00.000Z',
});

const event = () =>
  createEvent(ParticipationVerified, data(), {
    source: '/citypoints/verification',
    tenantid: 'cascais',
    subject: 'participation-1',
  });

describe('CloudEvents over Kafka, binary mode', () => {
  it('keeps every attribute and the data through a round trip', () => {
    const original = { ...event(), causationid: randomUUID() };
    const message = toKafkaMessage(original, 'cascais:user');
    expect(message.key).toBe('cascais:user');
    expect(message.headers).toMatchObject({
      ce_specversion: '1.0',
      ce_id: original.id,
      ce_type: ParticipationVerified,
      ce_tenantid: 'cascais',
      'content-type': 'application/json',
    });
    const asDelivered = {
      value: Buffer.from(message.value),
      headers: Object.fromEntries(
        Object.entries(message.headers).map(([name, value]) => [name, Buffer.from(value)]),
      ),
    };
    expect(fromKafkaMessage(asDelivered)).toEqual(original);
  });

  it.each([
    ['a missing header', { headers: { ce_tenantid: undefined } }, 'ce_tenantid header is missing'],
    ['another spec version', { headers: { ce_specversion: '0.3' } }, 'ce_specversion must be 1.0'],
    ['an id that is no UUID', { headers: { ce_id: '42' } }, 'ce_id must be a UUID'],
    ['a bad time', { headers: { ce_time: 'yesterday' } }, 'ce_time must be an RFC 3339 timestamp'],
    ['a bad tenant id', { headers: { ce_tenantid: 'Cascais!' } }, 'tenantid "Cascais!" must be'],
    ['an unknown type', { headers: { ce_type: 'citypoints.x.Nope.v1' } }, 'unknown event type'],
    ['a body that is not JSON', { value: '{"points":' }, 'the body is not valid JSON'],
    ['no body', { value: null }, 'the message has no body'],
    ['a body that is no object', { value: '[1,2]' }, 'data must be a JSON object'],
    ['a wrong field', { data: { points: 0 } }, 'data.points: points must be a positive integer'],
    ['a missing field', { data: { userId: undefined } }, 'data.userId: userId must be a UUID'],
    ['an unknown field', { data: { bonus: 5 } }, 'data.bonus: property bonus should not exist'],
  ])('rejects %s, naming it', (_case, change, reason) => {
    const message = toKafkaMessage(event(), 'key');
    const malformed = {
      value:
        'data' in change
          ? JSON.stringify({ ...JSON.parse(message.value), ...change.data })
          : 'value' in change
            ? change.value
            : message.value,
      headers: { ...message.headers, ...('headers' in change ? change.headers : {}) },
    };
    expect(() => fromKafkaMessage(malformed)).toThrow(InvalidEventError);
    expect(() => fromKafkaMessage(malformed)).toThrow(reason);
  });
});

describe('createEvent', () => {
  it('gives a UUIDv7 id, the current time, and its own id as correlation', () => {
    const created = event();
    expect(created.id).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(Date.now() - Date.parse(created.time)).toBeLessThan(5000);
    expect(created.correlationid).toBe(created.id);
  });

  it('refuses invalid data and tenant ids', () => {
    expect(() =>
      createEvent(ParticipationVerified, { ...data(), points: -1 }, { source: 's', tenantid: 'x' }),
    ).toThrow('data.points: points must be a positive integer');
    expect(() =>
      createEvent(ParticipationVerified, data(), { source: 's', tenantid: 'Bad Town' }),
    ).toThrow(InvalidEventError);
  });

  it('carries tenant and correlation over to the events a cause leads to', () => {
    const cause = event();
    const attributes = causedBy(cause, '/citypoints/ledger');
    expect(attributes).toEqual({
      source: '/citypoints/ledger',
      tenantid: 'cascais',
      correlationid: cause.correlationid,
      causationid: cause.id,
    });
  });
});
