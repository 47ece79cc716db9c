import { createServiceApp, loadConfig, ServiceConfig } from '@citypoints/platform';
import { DynamicModule, INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTestDatabase } from './create-test-database';
import { testConnection } from './test-connection';
import { uniqueName } from './unique-name';

export interface TestApp {
  app: INestApplication;
  db: DataSource;
  /** The app's name for a topic: each test app has topics of its own. */
  topic(name: string): string;
  close(): Promise<void>;
}

/** A service's whole application in the test process, on a database of its own. */
export async function startTestApp(
  serviceName: string,
  appModule: (config: ServiceConfig) => DynamicModule,
): Promise<TestApp> {
  const database = await createTestDatabase();
  const topicPrefix = `${uniqueName(serviceName)}.`;
  const config = loadConfig(ServiceConfig, {
    DATABASE_URL: database.url,
    KAFKA_BROKERS: testConnection().KAFKA_BROKERS,
    KAFKA_TOPIC_PREFIX: topicPrefix,
    LOG_LEVEL: 'warn',
  });
  const app = await createServiceApp(serviceName, appModule(config));
  try {
    await app.init();
  } catch (error) {
    // Whatever did start (consumers, the relay) must stop, or Jest never exits.
    await app.close().catch(() => undefined);
    await database.drop();
    throw error;
  }
  return {
    app,
    db: app.get(DataSource),
    topic: (name) => topicPrefix + name,
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
