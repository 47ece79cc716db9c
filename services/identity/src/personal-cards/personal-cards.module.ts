import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { PersonalCards } from './personal-cards';
import { PersonalCardsController } from './personal-cards.controller';

@Module({
  imports: [PeopleModule],
  controllers: [PersonalCardsController],
  providers: [PersonalCards],
  exports: [PersonalCards],
})
export class PersonalCardsModule {}
