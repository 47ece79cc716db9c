import { Module } from '@nestjs/common';
import { Causes } from './causes';
import { CausesController } from './causes.controller';
import { LedgerDonationsHandler } from './ledger-donations.handler';

/** A tenant's charitable causes (issue 14) and their totals from the ledger's donations. */
@Module({
  controllers: [CausesController, LedgerDonationsHandler],
  providers: [Causes],
})
export class CausesModule {}
