import { DynamicModule, Module } from '@nestjs/common';
import { Activities } from './activities';
import { ActivitiesController } from './activities.controller';
import { ACTIVITY_CODE_KEY } from './activity-code-key';
import { ActivityCodes } from './activity-codes';
import { ActivityCodesController } from './activity-codes.controller';
import { Posters } from '../posters/posters';
import { PostersController } from '../posters/posters.controller';

/** The activity catalogue, its codes and posters, signed with the deployment's activity-code `key`. */
@Module({})
export class ActivitiesModule {
  static forRoot(key: Buffer): DynamicModule {
    return {
      module: ActivitiesModule,
      controllers: [ActivitiesController, ActivityCodesController, PostersController],
      providers: [
        Activities,
        ActivityCodes,
        Posters,
        { provide: ACTIVITY_CODE_KEY, useValue: key },
      ],
    };
  }
}
