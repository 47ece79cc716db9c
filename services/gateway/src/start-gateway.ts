import {
  loadConfig,
  pingKafka,
  redactUrl,
  stopGracefullyOn,
  waitUntilReachable,
} from '@citypoints/platform';
import Redis from 'ioredis';
import { createGatewayApp } from './create-gateway-app';
import { GatewayConfig } from './gateway-config';
import { ManagementServer } from './management/management-server';

/**
 * Starts the gateway from its environment. A wrong setting, or Redis or Kafka not answering,
 * stops it with one line naming the cause and exit code 1. Identity and the ledger may come
 * later: readiness reports them.
 */
export async function startGateway(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  try {
    const config = loadConfig(GatewayConfig, env);
    const deadline = Date.now() + config.STARTUP_TIMEOUT_MS;
    await waitUntilReachable(deadline, 'REDIS_URL', redactUrl(config.REDIS_URL), () =>
      pingRedis(config.REDIS_URL),
    );
    await waitUntilReachable(deadline, 'KAFKA_BROKERS', config.KAFKA_BROKERS.join(','), () =>
      pingKafka(config.KAFKA_BROKERS),
    );
    const app = await createGatewayApp(config);
    await app.listen(config.PORT, config.BIND_HOST);
    await app.get(ManagementServer).listen(config.MANAGEMENT_PORT, config.BIND_HOST);
    stopGracefullyOn(['SIGTERM', 'SIGINT'], app, 'gateway');
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
