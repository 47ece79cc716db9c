import { IsNormalizedUuid, IsTenantId } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import {
  LEADERBOARD_PERIODS,
  LeaderboardCategoryQueryDto,
  LeaderboardPageQueryDto,
  LeaderboardPeriodKind,
  StandingQueryDto,
} from './leaderboard-queries.dto';

/**
 * How a group board ranks its groups: by the points their members earned while members
 * (`total`), or by those points per active member (`average`: members with at least one
 * participation in the period while members), so that a small group can beat a large one.
 */
export const GROUP_RANKINGS = ['total', 'average'] as const;
export type GroupRanking = (typeof GROUP_RANKINGS)[number];

/** A tenant's current group board: `/tenants/{tenant}/leaderboards/groups/{period}`. */
export class GroupLeaderboardPathDto {
  @ApiProperty({ example: 'cascais' })
  @IsTenantId()
  tenant: string;

  @ApiProperty({ enum: LEADERBOARD_PERIODS, description: 'the period running now' })
  @IsIn(LEADERBOARD_PERIODS, {
    message: `period must be one of ${LEADERBOARD_PERIODS.join(', ')}`,
  })
  period: LeaderboardPeriodKind;
}

/** One group of the tenant on its board: `…/groups/{period}/around/{groupId}` and `…/members/{groupId}`. */
export class GroupPathDto extends GroupLeaderboardPathDto {
  @ApiProperty({ format: 'uuid', description: "the group's id (identity's GroupCreated)" })
  @IsNormalizedUuid()
  groupId: string;
}

/** Which ranking of the group board; absent: `total`. */
export class GroupRankingQueryDto {
  @ApiPropertyOptional({ enum: GROUP_RANKINGS, default: 'total' })
  @IsOptional()
  @IsIn(GROUP_RANKINGS, { message: `ranking must be one of ${GROUP_RANKINGS.join(', ')}` })
  ranking?: GroupRanking;
}

/** A page of a group board, best first: ranking, category, `limit` from `offset` (0-based). */
export class GroupLeaderboardPageQueryDto extends IntersectionType(
  LeaderboardPageQueryDto,
  GroupRankingQueryDto,
) {}

/** A group's place on a group board, with `span` groups just above and below it. */
export class GroupStandingQueryDto extends IntersectionType(
  StandingQueryDto,
  GroupRankingQueryDto,
) {}

/** A person's groups on a group board: `…/groups/{period}/of/{userId}`. */
export class MemberGroupsPathDto extends GroupLeaderboardPathDto {
  @ApiProperty({ format: 'uuid', description: "the person's pseudonymous id" })
  @IsNormalizedUuid()
  userId: string;
}

/** Which group board a person's groups are placed on: its category and ranking. */
export class MemberGroupsQueryDto extends IntersectionType(
  LeaderboardCategoryQueryDto,
  GroupRankingQueryDto,
) {}
