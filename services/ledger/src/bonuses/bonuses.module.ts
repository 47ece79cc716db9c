import { Module } from '@nestjs/common';
import { CoreModule } from '../core/core.module';
import { Bonuses } from './bonuses';
import { BonusesStore } from './bonuses.store';
import { LeaderboardPeriodClosedHandler } from './leaderboard-period-closed.handler';

@Module({
  imports: [CoreModule],
  controllers: [LeaderboardPeriodClosedHandler],
  providers: [Bonuses, BonusesStore],
})
export class BonusesModule {}
