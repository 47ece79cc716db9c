import { Module } from '@nestjs/common';
import { ScoresModule } from '../scores/scores.module';
import { RebuildBoards } from './rebuild-boards';

/** The rebuild of leaderboards from the ledger's events (`npm run rankings:rebuild`). */
@Module({ imports: [ScoresModule], providers: [RebuildBoards], exports: [RebuildBoards] })
export class RebuildModule {}
