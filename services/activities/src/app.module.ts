import { serviceImports } from '@citypoints/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { ActivitiesModule } from './activities/activities.module';
import { ActivitiesConfig } from './activities-config';
import { Activities1764892800001 } from './migrations/1764892800001-activities';
import { TenantSettings1764892800002 } from './migrations/1764892800002-tenant-settings';
import { TenantSettingsModule } from './tenant-settings/tenant-settings.module';

@Module({})
export class AppModule {
  /** The activity catalogue, signing its codes with ACTIVITY_CODE_KEY. */
  static forRoot(config: ActivitiesConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceImports('activities', config, [
          Activities1764892800001,
          TenantSettings1764892800002,
        ]),
        ActivitiesModule.forRoot(Buffer.from(config.ACTIVITY_CODE_KEY, 'base64')),
        TenantSettingsModule,
      ],
    };
  }
}
