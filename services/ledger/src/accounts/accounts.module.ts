import { Module } from '@nestjs/common';
import { AccountQueries } from './account-queries';
import { AccountsController } from './accounts.controller';
import { Ledger } from './ledger';
import { ParticipationVerifiedConsumer } from './participation-verified.consumer';

@Module({
  controllers: [AccountsController],
  providers: [Ledger, AccountQueries, ParticipationVerifiedConsumer],
})
export class AccountsModule {}
