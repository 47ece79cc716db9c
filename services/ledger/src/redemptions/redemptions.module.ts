import { Module } from '@nestjs/common';
import { CoreModule } from '../core/core.module';
import { Redemptions } from './redemptions';
import { RedemptionRequestedConsumer } from './redemption-requested.consumer';

@Module({
  imports: [CoreModule],
  providers: [Redemptions, RedemptionRequestedConsumer],
})
export class RedemptionsModule {}
