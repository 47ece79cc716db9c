import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { SessionsModule } from '../sessions/sessions.module';
import { PasswordResets } from './password-resets';
import { PasswordResetsController } from './password-resets.controller';

@Module({
  imports: [PeopleModule, SessionsModule],
  controllers: [PasswordResetsController],
  providers: [PasswordResets],
})
export class PasswordResetsModule {}
