import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * ?from=&to= of a tenant's statistics: the days ('YYYY-MM-DD', both included, in the answer's
 * time zone) whose ISO weeks to count; by default the 12 weeks up to today (statisticsSpan). At
 * most 742 days (two years of weeks).
 */
export class StatisticsQueryDto {
  @ApiPropertyOptional({ example: '2026-09-14', description: "first day, in the answer's zone" })
  @IsOptional()
  @Matches(DAY, { message: 'from must be a day as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'from must be a day of the calendar' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-06', description: "last day, in the answer's zone" })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a day as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'to must be a day of the calendar' })
  to?: string;
}
