import { Module } from '@nestjs/common';
import { CoreModule } from '../core/core.module';
import { Redemptions } from './redemptions';
import { RedemptionRequestedHandler } from './redemption-requested.handler';

@Module({
  imports: [CoreModule],
  controllers: [RedemptionRequestedHandler],
  providers: [Redemptions],
})
export class RedemptionsModule {}
