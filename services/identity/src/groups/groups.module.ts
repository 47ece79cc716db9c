import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { GroupNamesController } from './group-names.controller';
import { Groups } from './groups';
import { GroupsController } from './groups.controller';
import { MyGroupsController } from './my-groups.controller';

@Module({
  imports: [PeopleModule],
  controllers: [GroupsController, GroupNamesController, MyGroupsController],
  providers: [Groups],
})
export class GroupsModule {}
