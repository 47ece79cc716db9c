import { ReplayArgumentError } from './replay-argument-error';

/** Where the replay finds Kafka, from the same settings as the services. */
export interface ReplaySettings {
  brokers: string[];
  /** Put before the topic given on the command line, as the services put it before theirs. */
  topicPrefix: string;
}

const HOST_PORT = /^[A-Za-z0-9.-]+:\d{1,5}$/;
const PREFIX = /^[A-Za-z0-9._-]{0,100}$/;

/**
 * Reads `KAFKA_BROKERS` (required, comma-separated `host:port`) and `KAFKA_TOPIC_PREFIX`
 * (optional, default none), with the services' rules (`StatelessServiceConfig`).
 * @throws ReplayArgumentError naming the setting that is missing or wrong.
 */
export function replaySettings(env: NodeJS.ProcessEnv): ReplaySettings {
  if (!env.KAFKA_BROKERS) throw new ReplayArgumentError('KAFKA_BROKERS is not set');
  const brokers = env.KAFKA_BROKERS.split(',').map((broker) => broker.trim());
  if (!brokers.every((broker) => HOST_PORT.test(broker))) {
    throw new ReplayArgumentError('KAFKA_BROKERS must be a comma-separated list of host:port');
  }
  const topicPrefix = env.KAFKA_TOPIC_PREFIX ?? '';
  if (!PREFIX.test(topicPrefix)) {
    throw new ReplayArgumentError(
      'KAFKA_TOPIC_PREFIX must be up to 100 letters, digits, dots, dashes or underscores',
    );
  }
  return { brokers, topicPrefix };
}
