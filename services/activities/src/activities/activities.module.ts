import { DynamicModule, Module } from '@nestjs/common';
import { Activities } from './activities';
import { ActivitiesController } from './activities.controller';
import { ACTIVITY_CODE_KEY } from './activity-code-key';
import { ActivityCodes } from './activity-codes';
import { ActivityCodesController } from './activity-codes.controller';

/** The activity catalogue and its codes, signed with the deployment's activity-code `key`. */
@Module({})
export class ActivitiesModule {
  static forRoot(key: Buffer): DynamicModule {
    return {
      module: ActivitiesModule,
      controllers: [ActivitiesController, ActivityCodesController],
      providers: [Activities, ActivityCodes, { provide: ACTIVITY_CODE_KEY, useValue: key }],
    };
  }
}
