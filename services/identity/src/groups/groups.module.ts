import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { Groups } from './groups';
import { GroupsController } from './groups.controller';

@Module({ imports: [PeopleModule], controllers: [GroupsController], providers: [Groups] })
export class GroupsModule {}
