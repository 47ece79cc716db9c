import { Module } from '@nestjs/common';
import { AccountsController } from './accounts.controller';
import { Ledger } from './ledger';
import { ParticipationVerifiedConsumer } from './participation-verified.consumer';

@Module({
  controllers: [AccountsController],
  providers: [Ledger, ParticipationVerifiedConsumer],
})
export class AccountsModule {}
