import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { SessionsModule } from '../sessions/sessions.module';
import { PasswordChanges } from './password-changes';
import { PasswordChangesController } from './password-changes.controller';

@Module({
  imports: [PeopleModule, SessionsModule],
  controllers: [PasswordChangesController],
  providers: [PasswordChanges],
})
export class PasswordChangesModule {}
