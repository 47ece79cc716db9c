import { serviceImports, ServiceConfig } from '@citypoints/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { PointsCredits1764028800002 } from './migrations/1764028800002-points-credits';
import { PointsModule } from './points/points.module';

@Module({})
export class AppModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [...serviceImports('ledger', config, [PointsCredits1764028800002]), PointsModule],
    };
  }
}
