import { DynamicModule, Module } from '@nestjs/common';
import { RankingsConfig } from '../rankings-config';
import { RankingsRedis } from './rankings-redis';
import { TenantTimeZones } from './tenant-time-zones.store';

/** What every feature of rankings uses: its settings, Redis and the tenants' time zones. */
@Module({})
export class CoreModule {
  static forRoot(config: RankingsConfig): DynamicModule {
    return {
      module: CoreModule,
      global: true,
      providers: [{ provide: RankingsConfig, useValue: config }, RankingsRedis, TenantTimeZones],
      exports: [RankingsConfig, RankingsRedis, TenantTimeZones],
    };
  }
}
