import { MessagingModule } from '@citypoints/messaging';
import { databaseModule, PlatformModule, ServiceConfig } from '@citypoints/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { PointsCredits1764028800002 } from './migrations/1764028800002-points-credits';
import { PointsModule } from './points/points.module';

@Module({})
export class AppModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        PlatformModule.forRoot({ serviceName: 'ledger', logLevel: config.LOG_LEVEL }),
        databaseModule(config.DATABASE_URL, [PointsCredits1764028800002]),
        MessagingModule.forRoot({ clientId: 'ledger', brokers: config.KAFKA_BROKERS }),
        PointsModule,
      ],
    };
  }
}
