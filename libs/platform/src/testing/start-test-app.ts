import { createTestDatabase, serviceKeys, testConnection, uniqueName } from '@citypoints/testing';
import { startKafkaHandlers } from '@citypoints/messaging';
import { DynamicModule } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import request from 'supertest';
import { createServiceApp } from '../create-service-app';
import { loadConfig } from '../load-config';
import { Actor } from '../service-auth/service-token';
import { ServiceConfig } from '../service-config';
import { internalApi, serviceAuthorization } from './internal-api';

export interface TestApp {
  app: NestFastifyApplication;
  db: DataSource;
  /** Its internal API, called with a service token for nobody in particular. */
  http(): ReturnType<typeof request.agent>;
  /** Its internal API, called with a service token acting for `actor`. */
  httpAs(actor: Actor): Promise<ReturnType<typeof request.agent>>;
  /** The app's name for a topic: each test app has topics of its own. */
  topic(name: string): string;
  close(): Promise<void>;
}

/**
 * A service's whole application in the test process, on a database of its own; `settings`
 * adds to or overrides its environment (e.g. DEVELOPMENT_ROUTES).
 */
export async function startTestApp(
  serviceName: string,
  appModule: (config: ServiceConfig) => DynamicModule,
  settings: Record<string, string> = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const topicPrefix = `${uniqueName(serviceName)}.`;
  const config = loadConfig(ServiceConfig, {
    DATABASE_URL: database.url,
    KAFKA_BROKERS: testConnection().KAFKA_BROKERS,
    KAFKA_TOPIC_PREFIX: topicPrefix,
    LOG_LEVEL: 'warn',
    SERVICE_TOKEN_PUBLIC_KEY: serviceKeys().publicKey,
    ...settings,
  });
  const app = await createServiceApp(serviceName, appModule(config));
  try {
    await app.init();
    // Fastify takes requests once ready; listen() would make it so, supertest does not.
    await app.getHttpAdapter().getInstance().ready();
    await startKafkaHandlers(app);
  } catch (error) {
    // Whatever did start (consumers, the relay) must stop, or Jest never exits.
    await app.close().catch(() => undefined);
    await database.drop();
    throw error;
  }
  const server = app.getHttpServer();
  const authorization = await serviceAuthorization(serviceName);
  return {
    app,
    http: () => request.agent(server).set('authorization', authorization),
    httpAs: (actor) => internalApi(server, serviceName, actor),
    db: app.get(DataSource),
    topic: (name) => topicPrefix + name,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
