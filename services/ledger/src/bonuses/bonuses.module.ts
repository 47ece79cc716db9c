import { Module } from '@nestjs/common';
import { CoreModule } from '../core/core.module';
import { Bonuses } from './bonuses';
import { BonusesStore } from './bonuses.store';
import { LeaderboardPeriodClosedConsumer } from './leaderboard-period-closed.consumer';

@Module({
  imports: [CoreModule],
  providers: [Bonuses, BonusesStore, LeaderboardPeriodClosedConsumer],
})
export class BonusesModule {}
