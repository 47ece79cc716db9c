import { serviceImports } from '@citypoints/platform';
import { DynamicModule, Module } from '@nestjs/common';
import { CoreModule } from './core/core.module';
import { HiddenPeopleModule } from './hidden-people/hidden-people.module';
import { LeaderboardsModule } from './leaderboards/leaderboards.module';
import { TenantSettingsAndParkedScores1765152000001 } from './migrations/1765152000001-tenant-settings-and-parked-scores';
import { HiddenPeople1765324800001 } from './migrations/1765324800001-hidden-people';
import { GroupsAndMemberships1796446000000 } from './migrations/1796446000000-groups-and-memberships';
import { ClosedPeriods1796532400000 } from './migrations/1796532400000-closed-periods';
import { ReversalsAndAverageMinimum1796700000000 } from './migrations/1796700000000-reversals-and-average-minimum';
import { ParticipationTime1797100000000 } from './migrations/1797100000000-participation-time';
import { DeletedGroups1797200000000 } from './migrations/1797200000000-deleted-groups';
import { PeriodCloseModule } from './period-close/period-close.module';
import { RankingsConfig } from './rankings-config';
import { RebuildModule } from './rebuild/rebuild.module';
import { ScoresModule } from './scores/scores.module';

@Module({})
export class AppModule {
  /** Rankings: leaderboards in Redis (REDIS_URL), fed by the ledger's events from Kafka. */
  static forRoot(config: RankingsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ...serviceImports('rankings', config, [
          TenantSettingsAndParkedScores1765152000001,
          HiddenPeople1765324800001,
          GroupsAndMemberships1796446000000,
          ClosedPeriods1796532400000,
          ReversalsAndAverageMinimum1796700000000,
          ParticipationTime1797100000000,
          DeletedGroups1797200000000,
        ]),
        CoreModule.forRoot(config),
        ScoresModule,
        LeaderboardsModule,
        HiddenPeopleModule,
        PeriodCloseModule,
        RebuildModule,
      ],
    };
  }
}
