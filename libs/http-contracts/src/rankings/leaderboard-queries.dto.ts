import {
  ACTIVITY_CATEGORIES,
  IsNormalizedUuid,
  IsQueryInteger,
  IsTenantId,
} from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

/** Whose leaderboards: people (groups come with the group boards of issue 13). */
export const LEADERBOARD_SCOPES = ['people'] as const;
export type LeaderboardScope = (typeof LEADERBOARD_SCOPES)[number];

/**
 * How long a leaderboard runs before it starts again from zero, by the tenant's calendar: an
 * ISO 8601 week (Monday to Monday), a month, a year, or all time (never).
 */
export const LEADERBOARD_PERIODS = ['week', 'month', 'year', 'all'] as const;
export type LeaderboardPeriodKind = (typeof LEADERBOARD_PERIODS)[number];

/** Which points a board counts: all of them, or those of one activity category. */
export const LEADERBOARD_CATEGORIES = ['all', ...ACTIVITY_CATEGORIES] as const;
export type LeaderboardCategory = (typeof LEADERBOARD_CATEGORIES)[number];

/** The most entries one page of a leaderboard holds. */
export const MAX_LEADERBOARD_LIMIT = 100;
/** A page's entries unless `limit` says otherwise. */
export const DEFAULT_LEADERBOARD_LIMIT = 10;
/** The largest offset a page may start at: beyond any town's population. */
export const MAX_LEADERBOARD_OFFSET = 100_000_000;
/** The most people shown on each side of a person in their standing. */
export const MAX_STANDING_SPAN = 25;
/** People on each side of a person unless `span` says otherwise. */
export const DEFAULT_STANDING_SPAN = 2;

const oneOf = (field: string, values: readonly string[]) => ({
  message: `${field} must be one of ${values.join(', ')}`,
});

/** A tenant's current leaderboard: `/tenants/{tenant}/leaderboards/{scope}/{period}`. */
export class LeaderboardPathDto {
  @ApiProperty({ example: 'cascais' })
  @IsTenantId()
  tenant: string;

  @ApiProperty({ enum: LEADERBOARD_SCOPES })
  @IsIn(LEADERBOARD_SCOPES, oneOf('scope', LEADERBOARD_SCOPES))
  scope: LeaderboardScope;

  @ApiProperty({ enum: LEADERBOARD_PERIODS, description: 'the period running now' })
  @IsIn(LEADERBOARD_PERIODS, oneOf('period', LEADERBOARD_PERIODS))
  period: LeaderboardPeriodKind;
}

/** A person's standing on a leaderboard: `…/{period}/around/{userId}`. */
export class StandingPathDto extends LeaderboardPathDto {
  @ApiProperty({ format: 'uuid', description: "the person's pseudonymous id" })
  @IsNormalizedUuid()
  userId: string;
}

/** The board of one category; absent: `all`, every point. */
export class LeaderboardCategoryQueryDto {
  @ApiPropertyOptional({ enum: LEADERBOARD_CATEGORIES, default: 'all' })
  @IsOptional()
  @IsIn(LEADERBOARD_CATEGORIES, oneOf('category', LEADERBOARD_CATEGORIES))
  category?: LeaderboardCategory;
}

/** A page of a leaderboard, best first: `limit` entries from position `offset` (0-based). */
export class LeaderboardPageQueryDto extends LeaderboardCategoryQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_LEADERBOARD_LIMIT,
    default: DEFAULT_LEADERBOARD_LIMIT,
  })
  @IsOptional()
  @IsQueryInteger(1, MAX_LEADERBOARD_LIMIT)
  limit?: number;

  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: MAX_LEADERBOARD_OFFSET, default: 0 })
  @IsOptional()
  @IsQueryInteger(0, MAX_LEADERBOARD_OFFSET)
  offset?: number;
}

/** How many people to show just above and just below the person. */
export class StandingQueryDto extends LeaderboardCategoryQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 0,
    maximum: MAX_STANDING_SPAN,
    default: DEFAULT_STANDING_SPAN,
  })
  @IsOptional()
  @IsQueryInteger(0, MAX_STANDING_SPAN)
  span?: number;
}
