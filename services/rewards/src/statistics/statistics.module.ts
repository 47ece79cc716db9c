import { Module } from '@nestjs/common';
import { PartnersModule } from '../partners/partners.module';
import { StatisticsController } from './statistics.controller';

/** Partner statistics (issue 14): vouchers issued, used, expired and cancelled per week. */
@Module({
  imports: [PartnersModule],
  controllers: [StatisticsController],
})
export class StatisticsModule {}
