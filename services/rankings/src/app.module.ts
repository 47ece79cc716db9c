import { serviceImports } from '@citypoints/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { CoreModule } from './core/core.module';
import { LeaderboardsModule } from './leaderboards/leaderboards.module';
import { TenantSettingsAndParkedScores1765152000001 } from './migrations/1765152000001-tenant-settings-and-parked-scores';
import { RankingsConfig } from './rankings-config';
import { ScoresModule } from './scores/scores.module';

@Module({})
export class AppModule {
  /** Rankings: leaderboards in Redis (REDIS_URL), fed by the ledger's events from Kafka. */
  static forRoot(config: RankingsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceImports('rankings', config, [TenantSettingsAndParkedScores1765152000001]),
        CoreModule.forRoot(config),
        ScoresModule,
        LeaderboardsModule,
      ],
    };
  }
}
