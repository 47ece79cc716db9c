import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { GroupManagement } from './group-management';
import { GroupListController } from './group-list.controller';
import { GroupManagementController } from './group-management.controller';
import { GroupNamesController } from './group-names.controller';
import { Groups } from './groups';
import { GroupsController } from './groups.controller';
import { MyGroupsController } from './my-groups.controller';

@Module({
  imports: [PeopleModule],
  controllers: [
    GroupsController,
    GroupNamesController,
    MyGroupsController,
    GroupManagementController,
    GroupListController,
  ],
  providers: [Groups, GroupManagement],
})
export class GroupsModule {}
