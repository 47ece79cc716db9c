import { ACTIVITY_CATEGORIES, IsLocale, IsQueryInteger, LOCALES } from '@citypoints/contracts';
import type { ActivityCategory, Locale } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { ACTIVITY_STATES, ActivityState } from './activity-answers.dto';
import { IsQueryDegrees } from './is-query-degrees';

/** How many activities a search near a position answers unless it asks for fewer or more. */
export const DEFAULT_NEARBY_LIMIT = 50;
/** The most activities one search near a position answers. */
export const MAX_NEARBY_LIMIT = 200;

/** Which of a tenant's activities to list: those in `state`, or all that the reader may see. */
export class ActivityListQueryDto {
  @ApiPropertyOptional({ enum: ACTIVITY_STATES })
  @IsOptional()
  @IsIn(ACTIVITY_STATES, { message: `state must be one of ${ACTIVITY_STATES.join(', ')}` })
  state?: ActivityState;
}

/** The language a resident reads an activity in; absent: the tenant's default language. */
export class ActivityDetailsQueryDto {
  @ApiPropertyOptional({
    enum: LOCALES,
    description: "absent, or no text in it: the tenant's default language, then any other",
  })
  @IsOptional()
  @IsLocale()
  language?: Locale;
}

/**
 * A resident's search for published activities near a WGS84 position, nearest first, in their
 * language; `openNow=true` keeps only those open now, `category` those of one category.
 */
export class NearbyActivitiesQueryDto extends ActivityDetailsQueryDto {
  @ApiProperty({ type: 'number', minimum: -90, maximum: 90, example: 38.6979 })
  @IsQueryDegrees(90)
  latitude: number;

  @ApiProperty({ type: 'number', minimum: -180, maximum: 180, example: -9.4215 })
  @IsQueryDegrees(180)
  longitude: number;

  @ApiPropertyOptional({ enum: ACTIVITY_CATEGORIES })
  @IsOptional()
  @IsIn(ACTIVITY_CATEGORIES, {
    message: `category must be one of ${ACTIVITY_CATEGORIES.join(', ')}`,
  })
  category?: ActivityCategory;

  @ApiPropertyOptional({
    type: 'boolean',
    description: "true: only the activities open now, on the tenant's clock",
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'openNow must be true or false' })
  openNow?: boolean;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_NEARBY_LIMIT,
    default: DEFAULT_NEARBY_LIMIT,
  })
  @IsOptional()
  @IsQueryInteger(1, MAX_NEARBY_LIMIT)
  limit?: number;
}
