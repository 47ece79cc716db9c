import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module';
import { LedgerScoresHandler } from './ledger-scores.handler';
import { ParkedScores } from './parked-scores.store';
import { ScoreBoards } from './score-boards';
import { Scores } from './scores';
import { TenantSettingsChangedHandler } from './tenant-settings-changed.handler';

/**
 * The leaderboards of people and their groups kept from the ledger's earns and bonuses, in each
 * tenant's calendar.
 */
@Module({
  imports: [GroupsModule],
  controllers: [LedgerScoresHandler, TenantSettingsChangedHandler],
  providers: [Scores, ScoreBoards, ParkedScores],
  exports: [Scores],
})
export class ScoresModule {}
