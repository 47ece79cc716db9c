import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { LeaderboardPeriodClosedConsumer } from './leaderboard-period-closed.consumer';

@Module({
  imports: [AccountsModule],
  providers: [LeaderboardPeriodClosedConsumer],
})
export class BonusesModule {}
