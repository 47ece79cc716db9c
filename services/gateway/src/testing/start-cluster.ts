import { serviceEnvironment, startTestServices, testSecrets } from '@citypoints/cluster';
import { loadConfig } from '@citypoints/platform';
import { serviceKeys, testConnection } from '@citypoints/testing';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SignJWT } from 'jose';
import { createPrivateKey } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { createGatewayApp } from '../create-gateway-app';
import { GatewayConfig } from '../gateway-config';
import { ManagementServer } from '../management/management-server';

export interface RunningGateway {
  url: string;
  /** Its management port: /health and /metrics. */
  managementUrl: string;
  app: NestFastifyApplication;
  close(): Promise<void>;
}

/**
 * Identity, the ledger, activities, verification, rankings and rewards as processes, as in production,
 * sharing one test file's topics (and Redis key prefix).
 */
export interface GatewayCluster {
  gateway: RunningGateway;
  identityUrl: string;
  /** Identity's signing key, to make tokens identity would have made (expired ones, say). */
  identityKey: Parameters<SignJWT['sign']>[0];
  ledgerUrl: string;
  activitiesUrl: string;
  verificationUrl: string;
  rankingsUrl: string;
  rewardsUrl: string;
  /** Put before this cluster's Kafka topics, to publish as a service would. */
  topicPrefix: string;
  ledgerDatabase: string;
  identityDatabase: string;
  rankingsDatabase: string;
  /** Another gateway replica in front of the same services. */
  startGateway(env?: Record<string, string>): Promise<RunningGateway>;
  close(): Promise<void>;
}

/**
 * `gatewayEnv` for every gateway of the cluster; `identityEnv` adds to identity's environment
 * (e.g. DEVELOPMENT_ROUTES for the mail outbox).
 */
export async function startCluster(
  gatewayEnv: Record<string, string> = {},
  identityEnv: Record<string, string> = {},
): Promise<GatewayCluster> {
  const secrets = testSecrets();
  const services = await startTestServices(
    ['identity', 'ledger', 'activities', 'verification', 'rankings', 'rewards'],
    { secrets, env: { identity: identityEnv } },
  );
  const { identity, ledger, activities, verification, rankings, rewards } = services.services;
  const gateways: RunningGateway[] = [];
  const close = async () => {
    await Promise.all(gateways.map((gateway) => gateway.close()));
    await services.close();
  };
  try {
    // The gateway's settings as SERVICES describes them, though it runs in this process.
    const startGateway = async (env: Record<string, string> = {}) => {
      const gateway = await runGateway(
        serviceEnvironment('gateway', {
          connection: testConnection(),
          secrets,
          urls: {
            identity: identity.url,
            ledger: ledger.url,
            activities: activities.url,
            verification: verification.url,
            rankings: rankings.url,
            rewards: rewards.url,
          },
          prefix: services.prefix,
          extra: { ...gatewayEnv, ...env },
        }),
      );
      gateways.push(gateway);
      return gateway;
    };
    return {
      gateway: await startGateway(),
      identityUrl: identity.url,
      identityKey: createPrivateKey(secrets.JWT_PRIVATE_KEY),
      ledgerUrl: ledger.url,
      activitiesUrl: activities.url,
      verificationUrl: verification.url,
      rankingsUrl: rankings.url,
      rewardsUrl: rewards.url,
      topicPrefix: services.prefix,
      identityDatabase: identity.databaseUrl as string,
      ledgerDatabase: ledger.databaseUrl as string,
      rankingsDatabase: rankings.databaseUrl as string,
      startGateway,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The gateway in the test process, listening on a free port. */
export async function runGateway(env: Record<string, string>): Promise<RunningGateway> {
  const { REDIS_URL, KAFKA_BROKERS } = testConnection();
  const { privateKey: SERVICE_TOKEN_PRIVATE_KEY } = serviceKeys();
  const config = loadConfig(GatewayConfig, {
    REDIS_URL,
    KAFKA_BROKERS,
    SERVICE_TOKEN_PRIVATE_KEY,
    LOG_LEVEL: 'warn',
    SSE_HEARTBEAT_MS: '1000',
    // Tests that wait for Kafka poll the API; only the rate-limit tests set real limits.
    RATE_LIMIT_PERSON: '1000000',
    RATE_LIMIT_IP: '1000000',
    ...env,
  });
  const app = await createGatewayApp(config);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const managementPort = await app.get(ManagementServer).listen(0, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    managementUrl: `http://127.0.0.1:${managementPort}`,
    app,
    close: () => app.close(),
  };
}
