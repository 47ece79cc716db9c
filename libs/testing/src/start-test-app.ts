import { createServiceApp, loadConfig, ServiceConfig } from '@citypoints/platform';
import { DynamicModule, INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createTestDatabase } from './create-test-database';
import { testConnection } from './test-connection';

export interface TestApp {
  app: INestApplication;
  db: DataSource;
  close(): Promise<void>;
}

/** A service's whole application in the test process, on a database of its own. */
export async function startTestApp(
  serviceName: string,
  appModule: (config: ServiceConfig) => DynamicModule,
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig(ServiceConfig, {
    DATABASE_URL: database.url,
    KAFKA_BROKERS: testConnection().KAFKA_BROKERS,
    LOG_LEVEL: 'warn',
  });
  const app = await createServiceApp(serviceName, appModule(config));
  await app.init();
  return {
    app,
    db: app.get(DataSource),
    close: async () => {
      await app.close();
      await database.drop();
    },
  };
}
