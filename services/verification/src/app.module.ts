import { serviceImports, ServiceConfig } from '@citypoints/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { ActivityCatalogueModule } from './activity-catalogue/activity-catalogue.module';
import { CheckInsModule } from './check-ins/check-ins.module';
import { Participations1764028800001 } from './migrations/1764028800001-participations';
import { ActivityCatalogue1764028800002 } from './migrations/1764028800002-activity-catalogue';

@Module({})
export class AppModule {
  static forRoot(config: ServiceConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceImports('verification', config, [
          Participations1764028800001,
          ActivityCatalogue1764028800002,
        ]),
        CheckInsModule,
        ActivityCatalogueModule,
      ],
    };
  }
}
