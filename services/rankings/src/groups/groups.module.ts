import { Module } from '@nestjs/common';
import { HiddenPeopleModule } from '../hidden-people/hidden-people.module';
import { GroupBoardReads } from './group-board-reads';
import { GroupBoardRemoval } from './group-board-removal';
import { GroupEventsHandler } from './group-events.handler';
import { GroupLeaderboards } from './group-leaderboards';
import { GroupLeaderboardsController } from './group-leaderboards.controller';
import { GroupMemberships } from './group-memberships';
import { GroupMembershipsStore } from './group-memberships.store';

/**
 * The tenants' groups and memberships, kept from identity's events, and the reads of the group
 * boards; the scores add to those boards (ScoresModule asks GroupMemberships whose they are).
 */
@Module({
  imports: [HiddenPeopleModule],
  controllers: [GroupEventsHandler, GroupLeaderboardsController],
  providers: [
    GroupMemberships,
    GroupMembershipsStore,
    GroupLeaderboards,
    GroupBoardReads,
    GroupBoardRemoval,
  ],
  exports: [GroupMemberships, GroupMembershipsStore],
})
export class GroupsModule {}
