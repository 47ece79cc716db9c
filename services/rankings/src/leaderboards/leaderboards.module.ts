import { Module } from '@nestjs/common';
import { HiddenPeopleModule } from '../hidden-people/hidden-people.module';
import { BoardReads } from './board-reads';
import { Leaderboards } from './leaderboards';
import { LeaderboardsController } from './leaderboards.controller';

/** Reads of the tenants' current leaderboards, for the gateway. */
@Module({
  imports: [HiddenPeopleModule],
  controllers: [LeaderboardsController],
  providers: [Leaderboards, BoardReads],
})
export class LeaderboardsModule {}
