import { Module } from '@nestjs/common';
import { PartnersModule } from '../partners/partners.module';
import { Counter } from './counter';
import { CounterController } from './counter.controller';

/** A partner's counter (issue 14): vouchers looked up by code and used, once. */
@Module({
  imports: [PartnersModule],
  controllers: [CounterController],
  providers: [Counter],
})
export class CounterModule {}
