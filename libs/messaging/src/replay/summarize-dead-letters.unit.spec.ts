import { DeadLetter } from './dead-letter';
import { summarizeDeadLetters } from './summarize-dead-letters';

const letter = (eventType: string | undefined, consumerGroup: string, replayable = true) =>
  ({ eventType, consumerGroup, replayable }) as DeadLetter;

describe('summarizeDeadLetters', () => {
  it('counts the dead letters, the replayable ones, and each type and consumer group', () => {
    expect(
      summarizeDeadLetters('citypoints.verification.v1.dlt', [
        letter('citypoints.verification.ParticipationVerified.v1', 'ledger'),
        letter('citypoints.verification.ParticipationVerified.v1', 'rankings'),
        letter(undefined, 'ledger', false),
      ]),
    ).toEqual([
      '3 dead letters on citypoints.verification.v1.dlt, 2 replayable',
      '  by type: citypoints.verification.ParticipationVerified.v1 ×2, ? ×1',
      '  by consumer group: ledger ×2, rankings ×1',
    ]);
  });

  it('counts one in the singular', () => {
    expect(summarizeDeadLetters('t.dlt', [letter('t', 'g')])[0]).toBe(
      '1 dead letter on t.dlt, 1 replayable',
    );
  });

  it('says so when there are none', () => {
    expect(summarizeDeadLetters('t.dlt', [])).toEqual(['0 dead letters on t.dlt, 0 replayable']);
  });
});
