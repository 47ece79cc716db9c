import { Module } from '@nestjs/common';
import { AccountCommands } from './account-commands';
import { AccountCommandsController } from './account-commands.controller';
import { AccountQueries } from './account-queries';
import { AccountRegistry } from './account-registry';
import { AccountRegistryConsumer } from './account-registry.consumer';
import { AccountsController } from './accounts.controller';
import { AdjustmentNotes } from './adjustment-notes';
import { CommandLog } from './command-log';
import { Ledger } from './ledger';
import { ParticipationVerifiedConsumer } from './participation-verified.consumer';

@Module({
  controllers: [AccountsController, AccountCommandsController],
  providers: [
    Ledger,
    AccountRegistry,
    AccountCommands,
    AccountQueries,
    AdjustmentNotes,
    CommandLog,
    ParticipationVerifiedConsumer,
    AccountRegistryConsumer,
  ],
  exports: [Ledger, AccountRegistry, AdjustmentNotes],
})
export class AccountsModule {}
