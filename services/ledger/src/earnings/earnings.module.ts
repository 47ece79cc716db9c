import { Module } from '@nestjs/common';
import { CoreModule } from '../core/core.module';
import { Earnings } from './earnings';
import { ParticipationVerifiedHandler } from './participation-verified.handler';

@Module({
  imports: [CoreModule],
  controllers: [ParticipationVerifiedHandler],
  providers: [Earnings],
})
export class EarningsModule {}
