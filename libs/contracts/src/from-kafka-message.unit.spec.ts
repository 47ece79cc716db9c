import { randomUUID } from 'node:crypto';
import { createEvent } from './create-event';
import { ParticipationVerified } from './events/participation-verified';
import { fromKafkaMessage, IncomingKafkaMessage } from './from-kafka-message';
import { InvalidEventError } from './invalid-event-error';
import { participationVerifiedData } from './testing/participation-verified-data';
import { toKafkaMessage } from './to-kafka-message';

const event = () =>
  createEvent(ParticipationVerified, participationVerifiedData(), {
    source: '/citypoints/verification',
    tenantid: 'cascais',
    subject: 'participation-1',
    correlationid: randomUUID(),
    causationid: randomUUID(),
  });

/** A message as kafkajs delivers it: body and headers as Buffers. */
const delivered = (record: { value: string; headers: Record<string, string> }) => ({
  value: Buffer.from(record.value),
  headers: Object.fromEntries(
    Object.entries(record.headers).map(([name, value]) => [name, Buffer.from(value)]),
  ),
});

describe('fromKafkaMessage', () => {
  it('keeps every attribute and the data through a round trip', () => {
    const original = event();
    expect(fromKafkaMessage(delivered(toKafkaMessage(original, 'key')))).toEqual(original);
  });

  it('keeps an event without subject or causation free of them', () => {
    const original = createEvent(ParticipationVerified, participationVerifiedData(), {
      source: '/citypoints/verification',
      tenantid: 'cascais',
    });
    const decoded = fromKafkaMessage(delivered(toKafkaMessage(original, 'key')));
    expect(decoded).toEqual(original);
    expect(decoded).not.toHaveProperty('subject');
    expect(decoded).not.toHaveProperty('causationid');
  });

  it('reads the first value of a repeated header', () => {
    const record = toKafkaMessage(event(), 'key');
    const message = { ...record, headers: { ...record.headers, ce_tenantid: ['lisboa', 'x!'] } };
    expect(fromKafkaMessage(message).tenantid).toBe('lisboa');
  });

  it('accepts content-type with a charset', () => {
    const record = toKafkaMessage(event(), 'key');
    const headers = { ...record.headers, 'content-type': 'application/json; charset=utf-8' };
    expect(fromKafkaMessage({ ...record, headers }).type).toBe(ParticipationVerified);
  });

  type Change = {
    headers?: IncomingKafkaMessage['headers'];
    value?: string | null;
    data?: Record<string, unknown>;
  };

  it.each<[string, Change, string]>([
    ['no headers at all', { headers: undefined }, 'ce_specversion header is missing'],
    ['a missing header', { headers: { ce_tenantid: undefined } }, 'ce_tenantid header is missing'],
    ['an empty header', { headers: { ce_source: '' } }, 'ce_source header is missing'],
    ['a missing id', { headers: { ce_id: undefined } }, 'ce_id header is missing'],
    [
      'a missing correlation',
      { headers: { ce_correlationid: undefined } },
      'ce_correlationid header is missing',
    ],
    [
      'another spec version',
      { headers: { ce_specversion: '0.3' } },
      'ce_specversion must be 1.0, not "0.3"',
    ],
    ['an id that is no UUID', { headers: { ce_id: '42' } }, 'ce_id must be a UUID, not "42"'],
    [
      'a time that is no timestamp',
      { headers: { ce_time: 'yesterday' } },
      'ce_time must be an RFC 3339 timestamp, not "yesterday"',
    ],
    [
      'a time without zone',
      { headers: { ce_time: '2026-11-25T10:00:00' } },
      'ce_time must be an RFC 3339 timestamp, not "2026-11-25T10:00:00"',
    ],
    [
      'a day that does not exist',
      { headers: { ce_time: '2026-02-30T10:00:00Z' } },
      'ce_time must be an RFC 3339 timestamp, not "2026-02-30T10:00:00Z"',
    ],
    [
      'a bad tenant id',
      { headers: { ce_tenantid: 'Cascais!' } },
      'ce_tenantid must be 1-63 characters of a-z, 0-9 and -, not "Cascais!"',
    ],
    [
      'another content type',
      { headers: { 'content-type': 'text/plain' } },
      'content-type must be application/json, not "text/plain"',
    ],
    [
      'an unknown type',
      { headers: { ce_type: 'citypoints.x.Nope.v1' } },
      'unknown event type "citypoints.x.Nope.v1"',
    ],
    ['a body that is not JSON', { value: '{"points":' }, 'the body is not valid JSON'],
    ['no body', { value: null }, 'the message has no body'],
    ['a body that is no object', { value: '[1,2]' }, 'data must be a JSON object'],
    ['a wrong field', { data: { points: 0 } }, 'data.points: points must be a positive integer'],
    ['a missing field', { data: { userId: undefined } }, 'data.userId: userId must be a UUID'],
    ['an unknown field', { data: { bonus: 5 } }, 'data.bonus: property bonus should not exist'],
  ])('rejects %s, naming it', (_case, change, reason) => {
    const record = toKafkaMessage(event(), 'key');
    const message: IncomingKafkaMessage = {
      value:
        change.data !== undefined
          ? JSON.stringify({ ...JSON.parse(record.value), ...change.data })
          : change.value !== undefined
            ? change.value
            : record.value,
      headers:
        'headers' in change
          ? change.headers && { ...record.headers, ...change.headers }
          : record.headers,
    };
    expect(() => fromKafkaMessage(message)).toThrow(InvalidEventError);
    expect(() => fromKafkaMessage(message)).toThrow(new InvalidEventError(reason));
  });
});
