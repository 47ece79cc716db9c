import { loadConfig, waitUntilReachable } from '@citypoints/platform';
import { INestApplication } from '@nestjs/common';
import Redis from 'ioredis';
import { Kafka, logLevel } from 'kafkajs';
import { createGatewayApp } from './create-gateway-app';
import { GatewayConfig } from './gateway-config';

/**
 * Starts the gateway from its environment. A wrong setting, or Redis or Kafka not answering,
 * stops it with one line naming the cause and exit code 1. Identity and the ledger may come
 * later: readiness reports them.
 */
export async function startGateway(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const config = loadConfig(GatewayConfig, env);
    const deadline = Date.now() + config.STARTUP_TIMEOUT_MS;
    await waitUntilReachable(deadline, 'REDIS_URL', redact(config.REDIS_URL), () =>
      pingRedis(config.REDIS_URL),
    );
    await waitUntilReachable(deadline, 'KAFKA_BROKERS', config.KAFKA_BROKERS.join(','), () =>
      pingKafka(config.KAFKA_BROKERS),
    );
    const app = await createGatewayApp(config);
    await app.listen(config.PORT);
    stopGracefullyOn(['SIGTERM', 'SIGINT'], app);
  } catch (error) {
    process.stderr.write(`gateway cannot start: ${(error as Error).message}\n`);
    process.exit(1);
  }
}

async function pingRedis(url: string): Promise<void> {
  const redis = new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    connectTimeout: 2000,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } finally {
    redis.disconnect();
  }
}

async function pingKafka(brokers: string[]): Promise<void> {
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

function stopGracefullyOn(signals: NodeJS.Signals[], app: INestApplication): void {
  const stop = () =>
    app.close().then(
      () => process.exit(0),
      (error: Error) => {
        process.stderr.write(`gateway did not stop cleanly: ${error.message}\n`);
        process.exit(1);
      },
    );
  for (const signal of signals) process.once(signal, stop);
}

function redact(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//***@');
}
