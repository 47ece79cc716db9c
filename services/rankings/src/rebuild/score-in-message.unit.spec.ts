import { createEvent, PointsSpent, toKafkaMessage } from '@citypoints/contracts';
import { randomUUID } from 'node:crypto';
import { KafkaMessage } from 'kafkajs';
import { pointsAdjusted, pointsEarned } from '../testing/ledger-events';
import { scoreInMessage } from './score-in-message';

const user = randomUUID();
const time = '2027-03-28T10:00:00Z';
const kafka = (record: { value: string; headers: Record<string, string> }): KafkaMessage => ({
  key: null,
  value: Buffer.from(record.value),
  headers: record.headers,
  timestamp: '0',
  attributes: 0,
  offset: '0',
});
const earned = pointsEarned('t1', user, 5, time, 'social');

describe("scoreInMessage: the rebuild's score of a ledger message", () => {
  it("gives an earn's score, for its tenant or for every tenant", () => {
    const message = kafka(toKafkaMessage(earned, 'key'));
    const score = {
      eventId: earned.id.toLowerCase(),
      tenantId: 't1',
      userId: user.toLowerCase(),
      points: 5,
      earnedAt: new Date(time),
      kind: 'earned',
      category: 'social',
    };
    expect(scoreInMessage(message, 't1')).toEqual(score);
    expect(scoreInMessage(message)).toEqual(score);
  });

  it("passes over another tenant's event, an adjustment that adds points and other types", () => {
    const spent = createEvent(
      PointsSpent,
      { accountId: user, redemptionId: randomUUID(), points: 5, balance: 0 },
      {
        source: '/citypoints/ledger',
        tenantid: 't1',
      },
    );
    expect(scoreInMessage(kafka(toKafkaMessage(earned, 'key')), 't2')).toBeUndefined();
    const credit = pointsAdjusted('t1', user, 10, time);
    expect(scoreInMessage(kafka(toKafkaMessage(credit, 'key')))).toBeUndefined();
    expect(scoreInMessage(kafka(toKafkaMessage(spent, 'key')))).toBeUndefined();
  });

  it('passes over a malformed score event without throwing', () => {
    const record = toKafkaMessage(earned, 'key');
    expect(scoreInMessage(kafka({ ...record, value: '{"points":' }))).toBeUndefined();
    expect(scoreInMessage(kafka({ ...record, value: '{"points":5}' }))).toBeUndefined();
  });
});
