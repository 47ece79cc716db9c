import { Connection } from '@citypoints/local-infra';
import { connectionFromEnvironment } from './provide-test-infrastructure';

/** The servers of this test run, as the global setup put them in the environment. */
export function testConnection(): Connection {
  const connection = connectionFromEnvironment();
  if (!connection) {
    throw new Error(
      'DATABASE_URL, REDIS_URL and KAFKA_BROKERS are not set: run this test through its jest.config.js, whose global setup provides the servers',
    );
  }
  return connection;
}
