import { Module } from '@nestjs/common';
import { GroupsModule } from '../groups/groups.module';
import { ScoresModule } from '../scores/scores.module';
import { RebuildBoards } from './rebuild-boards';

/** The rebuild of leaderboards from the ledger's events (`npm run rankings:rebuild`). */
@Module({
  imports: [ScoresModule, GroupsModule],
  providers: [RebuildBoards],
  exports: [RebuildBoards],
})
export class RebuildModule {}
