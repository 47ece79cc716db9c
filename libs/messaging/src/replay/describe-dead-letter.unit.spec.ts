import { DeadLetter } from './dead-letter';
import { describeDeadLetter } from './describe-dead-letter';

const deadLetter: DeadLetter = {
  topic: 'citypoints.verification.v1.dlt',
  partition: 1,
  offset: '4',
  originalTopic: 'citypoints.verification.v1',
  originalPartition: '2',
  originalOffset: '17',
  consumerGroup: 'ledger',
  reason: 'handler failed after 5 attempts: connection refused',
  failedAt: '2025-06-01T10:00:00.000Z',
  eventType: 'citypoints.verification.ParticipationVerified.v1',
  eventId: '0197a7e0-0000-7000-8000-000000000001',
  replayable: true,
  original: { key: 'test-town:user-1', value: '{"email":"someone@example.org"}', headers: {} },
};

describe('describeDeadLetter', () => {
  it('says where it lies, where and why it failed and which event it was, in one line', () => {
    expect(describeDeadLetter(deadLetter)).toBe(
      '[1]@4  from citypoints.verification.v1[2]@17  group ledger' +
        '  type citypoints.verification.ParticipationVerified.v1' +
        '  id 0197a7e0-0000-7000-8000-000000000001  at 2025-06-01T10:00:00.000Z' +
        '  reason: handler failed after 5 attempts: connection refused',
    );
  });

  it('never shows the key or the body, which may hold personal data', () => {
    const line = describeDeadLetter(deadLetter);
    expect(line).not.toContain('user-1');
    expect(line).not.toContain('someone@example.org');
  });

  it('marks a record it cannot replay, and what its headers do not say', () => {
    const line = describeDeadLetter({
      ...deadLetter,
      replayable: false,
      originalTopic: undefined,
      reason: undefined,
    });
    expect(line).toBe(
      '[1]@4  NOT REPLAYABLE  from ?[2]@17  group ledger' +
        '  type citypoints.verification.ParticipationVerified.v1' +
        '  id 0197a7e0-0000-7000-8000-000000000001  at 2025-06-01T10:00:00.000Z  reason: ?',
    );
  });
});
