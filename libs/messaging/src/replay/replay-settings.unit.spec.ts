import { ReplayArgumentError } from './replay-argument-error';
import { replaySettings } from './replay-settings';

describe('replaySettings', () => {
  it('reads the brokers and the topic prefix', () => {
    expect(
      replaySettings({ KAFKA_BROKERS: 'kafka-0:9092, kafka-1:9092', KAFKA_TOPIC_PREFIX: 'dev.' }),
    ).toEqual({ brokers: ['kafka-0:9092', 'kafka-1:9092'], topicPrefix: 'dev.' });
  });

  it('puts no prefix before the topic unless told', () => {
    expect(replaySettings({ KAFKA_BROKERS: 'localhost:9092' }).topicPrefix).toBe('');
  });

  it.each([
    [{}, 'KAFKA_BROKERS is not set'],
    [{ KAFKA_BROKERS: 'localhost' }, 'KAFKA_BROKERS must be a comma-separated list of host:port'],
    [{ KAFKA_BROKERS: 'localhost:9092', KAFKA_TOPIC_PREFIX: 'a b' }, /^KAFKA_TOPIC_PREFIX must be/],
  ])('refuses %j, naming the setting', (env, message) => {
    expect(() => replaySettings(env)).toThrow(ReplayArgumentError);
    expect(() => replaySettings(env)).toThrow(message);
  });
});
