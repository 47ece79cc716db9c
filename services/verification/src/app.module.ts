import { serviceImports, ServiceConfig } from '@citypoints/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { CheckInsModule } from './check-ins/check-ins.module';
import { Participations1764028800001 } from './migrations/1764028800001-participations';

@Module({})
export class AppModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceImports('verification', config, [Participations1764028800001]),
        CheckInsModule,
      ],
    };
  }
}
