import { Module } from '@nestjs/common';
import { CoreModule } from '../core/core.module';
import { AccountCommands } from './account-commands';
import { AccountCommandsController } from './account-commands.controller';
import { AccountQueries } from './account-queries';
import { AccountsController } from './accounts.controller';

/** The account routes of the internal API: the commands people give, and the reads. */
@Module({
  imports: [CoreModule],
  controllers: [AccountsController, AccountCommandsController],
  providers: [AccountCommands, AccountQueries],
})
export class AccountsModule {}
