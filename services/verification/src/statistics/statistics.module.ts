import { Module } from '@nestjs/common';
import { StatisticsController } from './statistics.controller';

/** The tenant's participation statistics (issue 16): per week and category, people, impact. */
@Module({
  controllers: [StatisticsController],
})
export class StatisticsModule {}
