import { ApiProperty } from '@nestjs/swagger';

/**
 * Points that moved in one ISO week (UTC, Monday to Sunday), net of their corrections: issued
 * (earned, bonuses and adjustments, less negative adjustments), spent on vouchers (less refunds
 * of cancelled ones), donated to causes, expired. The weekly parts of TotalsDto.
 */
export class WeekPointsDto {
  @ApiProperty({ example: '2026-W48', description: 'ISO 8601 week' })
  week: string;

  @ApiProperty({ type: 'integer', description: 'net: negative when corrections outweigh' })
  issued: number;

  @ApiProperty({ type: 'integer', description: 'on vouchers, net of refunds' })
  spent: number;

  @ApiProperty({ type: 'integer', description: 'to charitable causes' })
  donated: number;

  @ApiProperty({ type: 'integer' })
  expired: number;
}

/**
 * A tenant's points issued, spent, donated and expired per ISO week (issue 16's statistics page)
 * in a span of days, UTC: every week the span touches, empty ones with zeros.
 */
export class WeeklyTotalsDto {
  @ApiProperty({ example: '2026-09-14' })
  from: string;

  @ApiProperty({ example: '2026-12-06' })
  to: string;

  @ApiProperty({ example: 'UTC', description: 'the time zone of the days and weeks' })
  timeZone: string;

  @ApiProperty({ type: [WeekPointsDto], description: 'in order' })
  weeks: WeekPointsDto[];
}
