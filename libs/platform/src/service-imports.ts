import { MessagingModule } from '@citypoints/messaging';
import { DynamicModule } from '@nestjs/common';
import { MigrationInterface } from 'typeorm';
import { databaseModule } from './database.module';
import { PlatformModule } from './platform.module';
import { ServiceConfig } from './service-config';

/** What every service's root module imports: logs, health, metrics, its database and Kafka. */
export function serviceImports(
  serviceName: string,
  config: ServiceConfig,
  migrations: (new () => MigrationInterface)[],
): DynamicModule[] {
  return [
    PlatformModule.forRoot({
      serviceName,
      logLevel: config.LOG_LEVEL,
      serviceTokenPublicKey: config.SERVICE_TOKEN_PUBLIC_KEY,
    }),
    databaseModule(config.DATABASE_URL, migrations),
    MessagingModule.forRoot({
      clientId: serviceName,
      brokers: config.KAFKA_BROKERS,
      topicPrefix: config.KAFKA_TOPIC_PREFIX,
    }),
  ];
}
