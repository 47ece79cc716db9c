import { serviceImports } from '@citypoints/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { ActivitiesModule } from './activities/activities.module';
import { ActivitiesConfig } from './activities-config';
import { Activities1764892800001 } from './migrations/1764892800001-activities';

@Module({})
export class AppModule {
  /** The activity catalogue, signing its codes with ACTIVITY_CODE_KEY. */
  static forRoot(config: ActivitiesConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceImports('activities', config, [Activities1764892800001]),
        ActivitiesModule.forRoot(Buffer.from(config.ACTIVITY_CODE_KEY, 'base64')),
      ],
    };
  }
}
