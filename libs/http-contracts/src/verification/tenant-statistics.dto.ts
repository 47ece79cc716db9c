import { ACTIVITY_CATEGORIES, ActivityCategory } from '@citypoints/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** Verified participations in one activity category. */
export class CategoryParticipationsDto {
  @ApiProperty({ enum: ACTIVITY_CATEGORIES, type: String })
  category: ActivityCategory;

  @ApiProperty({ type: 'integer', minimum: 1 })
  participations: number;
}

/** The sum of one impact unit over verified participations ("kg collected", 412.5). */
export class ImpactTotalDto {
  @ApiProperty({ example: 'kg collected', description: "the activities' own unit" })
  unit: string;

  @ApiProperty({ example: 412.5, minimum: 0 })
  quantity: number;
}

/** What verified participations amount to, in a week or over the whole span. */
export class ParticipationFiguresDto {
  @ApiProperty({ type: 'integer', minimum: 0 })
  participations: number;

  @ApiProperty({
    type: [CategoryParticipationsDto],
    description: 'categories with at least one participation, by name',
  })
  categories: CategoryParticipationsDto[];

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'distinct people with at least one verified participation',
  })
  activeResidents: number;

  @ApiProperty({
    type: [ImpactTotalDto],
    description: "sum of the activity's impact per participation, per unit, by unit name",
  })
  impact: ImpactTotalDto[];
}

/** One ISO week's figures (Monday to Sunday in the tenant's time zone). */
export class WeekParticipationFiguresDto extends ParticipationFiguresDto {
  @ApiProperty({ example: '2026-W48', description: 'ISO 8601 week' })
  week: string;
}

/**
 * A tenant's verified participations in a span of days (issue 16's statistics page): per ISO
 * week and over the span, counted at the time of the scan (a review approved later counts then);
 * rejected and waiting ones are left out.
 */
export class TenantStatisticsDto {
  @ApiProperty({ example: '2026-09-14' })
  from: string;

  @ApiProperty({ example: '2026-12-06' })
  to: string;

  @ApiProperty({
    example: 'Europe/Lisbon',
    description: "IANA time zone of the days and weeks: the tenant's, or UTC while unknown",
  })
  timeZone: string;

  @ApiProperty({
    type: [WeekParticipationFiguresDto],
    description: 'every ISO week the span touches, in order, empty ones included',
  })
  weeks: WeekParticipationFiguresDto[];

  @ApiProperty({ type: ParticipationFiguresDto })
  totals: ParticipationFiguresDto;
}
