import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { Sessions } from './sessions';
import { SessionsController } from './sessions.controller';

@Module({
  imports: [PeopleModule],
  controllers: [SessionsController],
  providers: [Sessions],
  exports: [Sessions],
})
export class SessionsModule {}
