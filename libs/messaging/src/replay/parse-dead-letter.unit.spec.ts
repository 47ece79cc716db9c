import { createEvent, ParticipationVerified, toKafkaMessage } from '@citypoints/contracts';
import { KafkaMessage, Message } from 'kafkajs';
import { deadLetterRecord } from '../consumer/dead-letter-record';
import { parseDeadLetter } from './parse-dead-letter';

const event = createEvent(
  ParticipationVerified,
  {
    participationId: '0b7f1f54-8a39-4a8e-9a43-5b1f4d6f7c10',
    userId: '5d1c2c55-4f9e-4a53-8d0c-c3b1b8f5d2a1',
    activityId: '7e3a9a3c-1c1f-4b6e-9f7e-2a6a4d1b8c90',
    points: 10,
    method: 'steward',
    verifiedAt: '2025-06-01T10:00:00.000Z',
  },
  { source: '/citypoints/verification', tenantid: 'test-town' },
);

/** A message as a consumer receives it: every header a Buffer. */
function received({ key, value, headers }: Message, offset: string): KafkaMessage {
  const buffer = (text: unknown) => (text == null ? null : Buffer.from(String(text)));
  return {
    key: buffer(key),
    value: buffer(value),
    headers: Object.fromEntries(
      Object.entries(headers ?? {}).map(([name, text]) => [name, buffer(text) ?? undefined]),
    ),
    offset,
    timestamp: '0',
    attributes: 0,
  };
}

describe('parseDeadLetter', () => {
  const original = received(toKafkaMessage(event, 'test-town:user-1'), '17');
  const deadLetter = (context: { topic: string; reason: string }) =>
    received(
      deadLetterRecord(original, { ...context, partition: 2, consumerGroup: 'ledger' }).message,
      '4',
    );

  it('reads where and why the message failed, and gives back the message as it was', () => {
    const parsed = parseDeadLetter(
      'citypoints.verification.v1.dlt',
      0,
      deadLetter({
        topic: 'citypoints.verification.v1',
        reason: 'handler failed after 5 attempts: x',
      }),
    );

    expect(parsed).toMatchObject({
      topic: 'citypoints.verification.v1.dlt',
      partition: 0,
      offset: '4',
      originalTopic: 'citypoints.verification.v1',
      originalPartition: '2',
      originalOffset: '17',
      consumerGroup: 'ledger',
      reason: 'handler failed after 5 attempts: x',
      eventType: 'citypoints.verification.ParticipationVerified.v1',
      eventId: event.id,
      replayable: true,
    });
    expect(parsed.failedAt).toMatch(/^\d{4}-\d\d-\d\dT.*Z$/);
    expect(parsed.original).toEqual({
      key: original.key,
      value: original.value,
      headers: original.headers,
    });
  });

  it('does not replay a record into a topic other than the one it failed on', () => {
    const parsed = parseDeadLetter(
      'citypoints.verification.v1.dlt',
      0,
      deadLetter({ topic: 'citypoints.identity.v1', reason: 'moved here by hand' }),
    );
    expect(parsed.replayable).toBe(false);
  });

  it('does not replay a record without dead-letter headers', () => {
    const parsed = parseDeadLetter('citypoints.verification.v1.dlt', 0, original);
    expect(parsed).toMatchObject({ replayable: false, reason: undefined, eventId: event.id });
  });

  it('leaves no line break or terminal escape in what it read from headers', () => {
    const parsed = parseDeadLetter(
      'citypoints.verification.v1.dlt',
      0,
      deadLetter({ topic: 'citypoints.verification.v1', reason: 'bad\n\u001b[31mred\u0007' }),
    );
    expect(parsed.reason).toBe('bad [31mred ');
  });
});
