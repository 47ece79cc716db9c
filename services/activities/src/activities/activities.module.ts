import { DynamicModule, Module } from '@nestjs/common';
import { Activities } from './activities';
import { ActivitiesController } from './activities.controller';
import { ACTIVITY_CODE_KEY } from './activity-code-key';
import { ActivityCodes } from './activity-codes';
import { ActivityCodesController } from './activity-codes.controller';
import { Discovery } from '../discovery/discovery';
import { DiscoveryController } from '../discovery/discovery.controller';
import { Posters } from '../posters/posters';
import { PostersController } from '../posters/posters.controller';

/**
 * The activity catalogue, its codes and posters, signed with the deployment's activity-code
 * `key`, and the residents' way into it (Discovery).
 */
@Module({})
export class ActivitiesModule {
  static forRoot(key: Buffer): DynamicModule {
    return {
      module: ActivitiesModule,
      controllers: [
        DiscoveryController,
        ActivitiesController,
        ActivityCodesController,
        PostersController,
      ],
      providers: [
        Activities,
        ActivityCodes,
        Posters,
        Discovery,
        { provide: ACTIVITY_CODE_KEY, useValue: key },
      ],
    };
  }
}
