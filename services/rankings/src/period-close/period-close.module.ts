import { Module } from '@nestjs/common';
import { ClosedPeriodsStore } from './closed-periods.store';
import { PeriodBoards } from './period-boards';
import { PeriodCloseController } from './period-close.controller';
import { PeriodCloser } from './period-closer';
import { PeriodClosures } from './period-closures';

/** Closing ended leaderboard periods: archive, LeaderboardPeriodClosed, the periodic closer. */
@Module({
  controllers: [PeriodCloseController],
  providers: [PeriodClosures, ClosedPeriodsStore, PeriodBoards, PeriodCloser],
})
export class PeriodCloseModule {}
