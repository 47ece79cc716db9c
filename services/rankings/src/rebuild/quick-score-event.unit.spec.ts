import {
  CloudEvent,
  createEvent,
  fromKafkaMessage,
  IncomingKafkaMessage,
  PointsAdjusted,
  PointsAdjustedV1,
  toKafkaMessage,
} from '@citypoints/contracts';
import { randomUUID } from 'node:crypto';
import { bonusAwarded, pointsAdjusted, pointsEarned } from '../testing/ledger-events';
import { quickScoreEvent } from './quick-score-event';

const user = randomUUID();
const time = '2027-03-28T10:00:00.123Z';
const earned = () => pointsEarned('t1', user, 5, time, 'social');
const valid: [string, () => CloudEvent][] = [
  ['a PointsEarned', earned],
  ['a PointsEarned without category', () => pointsEarned('t1', user, 5, time)],
  [
    'a PointsEarned with its participation time',
    () => {
      const event = earned();
      return { ...event, data: { ...event.data, participatedAt: '2027-03-27T23:50:00.000Z' } };
    },
  ],
  ['a BonusAwarded', () => bonusAwarded('t1', user, 50, time)],
  ['a PointsAdjusted v2', () => pointsAdjusted('t1', user, -7, time)],
];

const message = (event: CloudEvent): IncomingKafkaMessage => toKafkaMessage(event, 'key');
const withData = (change: object): IncomingKafkaMessage => {
  const event = earned();
  return message({ ...event, data: { ...event.data, ...change } });
};
const withHeader = (name: string, value: string | undefined): IncomingKafkaMessage => {
  const { headers, value: body } = message(earned());
  return { value: body, headers: { ...headers, [name]: value } };
};

// What fromKafkaMessage makes of it, or undefined when it refuses it.
function fullDecode(incoming: IncomingKafkaMessage): CloudEvent | undefined {
  try {
    return fromKafkaMessage(incoming);
  } catch {
    return undefined;
  }
}

describe('quickScoreEvent: the rebuild decodes score events as fromKafkaMessage does', () => {
  it.each(valid)('decodes %s into the event fromKafkaMessage gives', (_, make) => {
    const incoming = message(make());
    expect(quickScoreEvent(incoming)).toEqual(fromKafkaMessage(incoming));
    expect(quickScoreEvent(incoming)).toBeDefined();
  });

  it.each([
    '2028-02-29T23:59:59+01:00',
    '2027-12-31T00:00:00.123456789-05:30',
    '2027-03-28T10:00:00Z',
  ])('accepts a time of %p as fromKafkaMessage does', (at) => {
    const incoming = message({ ...earned(), time: at });
    expect(fullDecode(incoming)).toBeDefined();
    expect(quickScoreEvent(incoming)).toEqual(fromKafkaMessage(incoming));
  });

  it('reads Buffers and repeated headers as kafkajs delivers them', () => {
    const { headers, value } = toKafkaMessage(earned(), 'key');
    const buffers = Object.fromEntries(
      Object.entries(headers).map(([name, text]) => [name, [Buffer.from(text), 'ignored']]),
    );
    const incoming = { value: Buffer.from(value), headers: buffers };
    expect(quickScoreEvent(incoming)).toEqual(fromKafkaMessage(incoming));
  });

  it.each<[string, IncomingKafkaMessage]>([
    ['an unknown field', withData({ tenantid: 't1' })],
    ['an account id that is no UUID', withData({ accountId: 'ana' })],
    ['zero points', withData({ points: 0 })],
    ['points over the maximum', withData({ points: 1_000_001 })],
    ['points as text', withData({ points: '5' })],
    ['a fractional balance', withData({ balance: 1.5 })],
    ['a negative balance', withData({ balance: -1 })],
    ['an unknown category', withData({ category: 'sports' })],
    ['a participation time that is no time', withData({ participatedAt: 'yesterday' })],
    ['a participation time on February 30', withData({ participatedAt: '2027-02-30T10:00:00Z' })],
    ['a missing participation', withData({ participationId: undefined })],
    ['a body that is no JSON', { ...message(earned()), value: '{' }],
    ['a body that is an array', { ...message(earned()), value: '[]' }],
    ['no body', { ...message(earned()), value: null }],
    ['another spec version', withHeader('ce_specversion', '0.3')],
    ['an id that is no UUID', withHeader('ce_id', 'e1')],
    ['February 30', withHeader('ce_time', '2027-02-30T10:00:00Z')],
    ['February 29 of a common year', withHeader('ce_time', '2027-02-29T10:00:00+01:00')],
    ['hour 24', withHeader('ce_time', '2027-03-28T24:00:00Z')],
    ['a time without zone', withHeader('ce_time', '2027-03-28T10:00:00')],
    ['an upper-case tenant', withHeader('ce_tenantid', 'T1')],
    ['no correlation id', withHeader('ce_correlationid', undefined)],
    ['an empty source', withHeader('ce_source', '')],
    ['another content type', withHeader('content-type', 'text/plain')],
  ])('refuses %s, which fromKafkaMessage refuses too', (_, incoming) => {
    expect(fullDecode(incoming)).toBeUndefined();
    expect(quickScoreEvent(incoming)).toBeUndefined();
  });

  it('leaves a PointsAdjusted v1 and a null category to fromKafkaMessage, which accepts them', () => {
    const data: PointsAdjustedV1 = {
      accountId: user,
      adjustmentId: randomUUID(),
      points: -3,
      reason: 'counted twice',
      adjustedBy: randomUUID(),
      balance: 0,
    };
    const v1 = message(createEvent(PointsAdjusted, data, { source: '/ledger', tenantid: 't1' }));
    for (const incoming of [v1, withData({ category: null })]) {
      expect(fullDecode(incoming)).toBeDefined();
      expect(quickScoreEvent(incoming)).toBeUndefined();
    }
  });
});
