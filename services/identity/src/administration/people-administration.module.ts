import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { SessionsModule } from '../sessions/sessions.module';
import { PeopleAdministration } from './people-administration';
import { PeopleAdministrationController } from './people-administration.controller';

@Module({
  imports: [PeopleModule, SessionsModule, PrivacyModule],
  controllers: [PeopleAdministrationController],
  providers: [PeopleAdministration],
})
export class PeopleAdministrationModule {}
