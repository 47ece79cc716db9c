import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * GET …/partners/:partner/statistics?from=&to=: the days (UTC, 'YYYY-MM-DD', both included)
 * whose ISO weeks to count; by default the 12 weeks up to today. At most 106 weeks (two years).
 */
export class PartnerStatisticsQueryDto {
  @ApiPropertyOptional({ example: '2026-09-07', description: 'first day, UTC, included' })
  @IsOptional()
  @Matches(DAY, { message: 'from must be a day as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'from must be a day of the calendar' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-29', description: 'last day, UTC, included' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be a day as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'to must be a day of the calendar' })
  to?: string;
}

/** Vouchers counted by what happened to them in a span: issued, used, expired, cancelled. */
export class VoucherCountsDto {
  @ApiProperty({ type: 'integer', minimum: 0 })
  issued: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  used: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'expired unused' })
  expired: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'cancelled, points refunded' })
  cancelled: number;
}

/** One ISO week's counts (UTC weeks, Monday to Sunday). */
export class WeekVoucherCountsDto extends VoucherCountsDto {
  @ApiProperty({ example: '2026-W48', description: 'ISO 8601 week' })
  week: string;
}

/** One offer's counts per week (weeks with nothing left out) and in all. */
export class OfferStatisticsDto {
  @ApiProperty({ format: 'uuid' })
  offerId: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { en: 'Bus day pass', pt: 'Passe diário' },
  })
  title: Record<string, string>;

  @ApiProperty({ type: [WeekVoucherCountsDto] })
  weeks: WeekVoucherCountsDto[];

  @ApiProperty({ type: VoucherCountsDto })
  totals: VoucherCountsDto;
}

/**
 * A partner's vouchers in a span of days (issue 14's partner statistics): per offer and per ISO
 * week, each voucher counted in the week it was issued, used, cancelled or expired in.
 */
export class PartnerStatisticsDto {
  @ApiProperty({ format: 'uuid' })
  partnerId: string;

  @ApiProperty({ example: '2026-09-07' })
  from: string;

  @ApiProperty({ example: '2026-11-29' })
  to: string;

  @ApiProperty({ type: [OfferStatisticsDto], description: 'every offer of the partner' })
  offers: OfferStatisticsDto[];

  @ApiProperty({ type: VoucherCountsDto })
  totals: VoucherCountsDto;
}
