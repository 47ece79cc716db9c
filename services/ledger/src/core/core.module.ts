import { Module } from '@nestjs/common';
import { AccountProjections } from './account-projections.store';
import { AccountRegistry } from './account-registry';
import { AccountRegistryHandler } from './account-registry.handler';
import { AdjustmentNotes } from './adjustment-notes';
import { CommandLog } from './command-log';
import { Ledger } from './ledger';

/** What every feature of the ledger uses: the Ledger, its projections, accounts and logs. */
@Module({
  controllers: [AccountRegistryHandler],
  providers: [Ledger, AccountProjections, AccountRegistry, AdjustmentNotes, CommandLog],
  exports: [Ledger, AccountProjections, AccountRegistry, AdjustmentNotes, CommandLog],
})
export class CoreModule {}
