import { INestApplication } from '@nestjs/common';
import { CustomStrategy } from '@nestjs/microservices';
import { Messaging } from './messaging';

/**
 * Connects the application's `@EventPattern` handlers to Kafka (Messaging's transport, as a
 * microservice of the application) and starts their consumers. Call it once the application
 * is initialised (the dead-letter producer connects then); `app.close()` stops them before the
 * database closes.
 */
export async function startKafkaHandlers(app: INestApplication): Promise<void> {
  app.connectMicroservice<CustomStrategy>({ strategy: app.get(Messaging).handlers });
  await app.startAllMicroservices();
}
