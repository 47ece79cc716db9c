import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { RedemptionRequestedConsumer } from './redemption-requested.consumer';

@Module({
  imports: [AccountsModule],
  providers: [RedemptionRequestedConsumer],
})
export class RedemptionsModule {}
