import { MessagingModule } from '@citypoints/messaging';
import { databaseModule, PlatformModule, ServiceConfig } from '@citypoints/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { Participations1764028800001 } from './migrations/1764028800001-participations';
import { ParticipationsModule } from './participations/participations.module';

@Module({})
export class AppModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ serviceName: 'verification', logLevel: config.LOG_LEVEL }),
        databaseModule(config.DATABASE_URL, [Participations1764028800001]),
        MessagingModule.forRoot({ clientId: 'verification', brokers: config.KAFKA_BROKERS }),
        ParticipationsModule,
      ],
    };
  }
}
