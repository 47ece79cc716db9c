import { Module } from '@nestjs/common';
import { HiddenPeople } from './hidden-people';
import { HiddenPeopleController } from './hidden-people.controller';
import { HiddenPeopleMirror } from './hidden-people.mirror';
import { HiddenPeopleStore } from './hidden-people.store';

/** The people tenant admins hide from their leaderboards; the reads restore its mirror. */
@Module({
  controllers: [HiddenPeopleController],
  providers: [HiddenPeople, HiddenPeopleStore, HiddenPeopleMirror],
  exports: [HiddenPeople],
})
export class HiddenPeopleModule {}
