import { DynamicModule, Module } from '@nestjs/common';
import { RankingsConfig } from '../rankings-config';
import { RankingsRedis } from './rankings-redis';
import { TenantPeriods } from './tenant-periods';
import { TenantTimeZones } from './tenant-time-zones.store';

/** What every feature of rankings uses: its settings, Redis and the tenants' calendars. */
@Module({})
export class CoreModule {
  static forRoot(config: RankingsConfig): DynamicModule {
    return {
      module: CoreModule,
      global: true,
      providers: [
        { provide: RankingsConfig, useValue: config },
        RankingsRedis,
        TenantTimeZones,
        TenantPeriods,
      ],
      exports: [RankingsConfig, RankingsRedis, TenantTimeZones, TenantPeriods],
    };
  }
}
