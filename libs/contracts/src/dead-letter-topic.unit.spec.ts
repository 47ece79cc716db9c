import { deadLetterTopic } from './dead-letter-topic';
import { Topics } from './topics';

describe('deadLetterTopic', () => {
  it('appends .dlt to the topic', () => {
    expect(deadLetterTopic(Topics.ledger)).toBe('citypoints.ledger.v1.dlt');
  });
});
