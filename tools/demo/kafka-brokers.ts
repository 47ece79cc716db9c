import { workspaceRoot } from '@citypoints/local-infra';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Kafka brokers of the local servers, `host:port[,…]`: KAFKA_BROKERS when set, else the
 * line `npm run infra:up` wrote to `.infra/local/connection.env`.
 */
export function kafkaBrokers(): string {
  if (process.env.KAFKA_BROKERS) return process.env.KAFKA_BROKERS;
  const env = readFileSync(join(workspaceRoot(), '.infra/local/connection.env'), 'utf8');
  const brokers = /^KAFKA_BROKERS=(.+)$/m.exec(env)?.[1];
  if (!brokers) throw new Error('no KAFKA_BROKERS in .infra/local/connection.env');
  return brokers.trim();
}
