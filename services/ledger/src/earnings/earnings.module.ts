import { Module } from '@nestjs/common';
import { CoreModule } from '../core/core.module';
import { Earnings } from './earnings';
import { ParticipationVerifiedConsumer } from './participation-verified.consumer';

@Module({
  imports: [CoreModule],
  providers: [Earnings, ParticipationVerifiedConsumer],
})
export class EarningsModule {}
