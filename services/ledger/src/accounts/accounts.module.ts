import { Module } from '@nestjs/common';
import { AccountCommands } from './account-commands';
import { AccountQueries } from './account-queries';
import { AccountRegistry } from './account-registry';
import { AccountRegistryConsumer } from './account-registry.consumer';
import { AccountsController } from './accounts.controller';
import { Ledger } from './ledger';
import { ParticipationVerifiedConsumer } from './participation-verified.consumer';

@Module({
  controllers: [AccountsController],
  providers: [
    Ledger,
    AccountRegistry,
    AccountCommands,
    AccountQueries,
    ParticipationVerifiedConsumer,
    AccountRegistryConsumer,
  ],
  exports: [Ledger, AccountRegistry],
})
export class AccountsModule {}
