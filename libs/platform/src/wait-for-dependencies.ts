import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { ServiceConfig } from './service-config';
import { waitUntilReachable } from './wait-until-reachable';

/**
 * Fails start-up with a message that names the setting when Postgres or Kafka does not answer
 * within STARTUP_TIMEOUT_MS, instead of a stack trace from deep inside a driver.
 */
export async function waitForDependencies(config: ServiceConfig): Promise<void> {
  const deadline = Date.now() + config.STARTUP_TIMEOUT_MS;
  await waitUntilReachable(deadline, 'DATABASE_URL', redactUrl(config.DATABASE_URL), () =>
    pingPostgres(config.DATABASE_URL),
  );
  await waitUntilReachable(deadline, 'KAFKA_BROKERS', config.KAFKA_BROKERS.join(','), () =>
    pingKafka(config.KAFKA_BROKERS),
  );
}

async function pingPostgres(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function pingKafka(brokers: string[]): Promise<void> {
  const admin = new Kafka({
    brokers,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 2000,
    retry: { retries: 0 },
  }).admin();
  try {
    await admin.connect();
    await admin.describeCluster();
  } finally {
    await admin.disconnect();
  }
}

export function redactUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
