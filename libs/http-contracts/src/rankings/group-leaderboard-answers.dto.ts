import { ApiProperty } from '@nestjs/swagger';
import { LeaderboardPeriodDto } from './leaderboard-answers.dto';
import { GROUP_RANKINGS, GroupRanking } from './group-leaderboard-queries.dto';
import { LEADERBOARD_CATEGORIES, LeaderboardCategory } from './leaderboard-queries.dto';

/** One group on a group board. */
export class GroupLeaderboardEntryDto {
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: 'standard competition ranking: equal scores share a place (1, 2, 2, 4)',
  })
  place: number;

  @ApiProperty({ format: 'uuid' })
  groupId: string;

  @ApiProperty({
    minimum: 0,
    description:
      'what the board ranks by: the points (total), or points per active member (average, ' +
      'a fraction)',
  })
  score: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'the points its members earned in the period while they were members',
  })
  points: number;

  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'members with at least one participation in the period while members',
  })
  activeMembers: number;
}

/** What every answer about a group board says of it. */
export class GroupLeaderboardDto {
  @ApiProperty({ enum: GROUP_RANKINGS })
  ranking: GroupRanking;

  @ApiProperty({ enum: LEADERBOARD_CATEGORIES })
  category: LeaderboardCategory;

  @ApiProperty({ type: LeaderboardPeriodDto })
  period: LeaderboardPeriodDto;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'groups on the board' })
  total: number;

  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: 'the active members a group needs to be on the average board',
  })
  minActiveMembers: number;
}

/** A page of a group board, best first; tied groups in the order they reached their score. */
export class GroupLeaderboardPageDto extends GroupLeaderboardDto {
  @ApiProperty({ type: 'integer', minimum: 0 })
  offset: number;

  @ApiProperty({ type: [GroupLeaderboardEntryDto] })
  entries: GroupLeaderboardEntryDto[];
}

/**
 * A group's place, with the groups just above and just below it; `entry` null while it is not
 * on the board (no points yet, or too few active members for the average board).
 */
export class GroupStandingDto extends GroupLeaderboardDto {
  @ApiProperty({ format: 'uuid' })
  groupId: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: "the group's points in the period" })
  points: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: "the group's active members" })
  activeMembers: number;

  @ApiProperty({ type: GroupLeaderboardEntryDto, nullable: true })
  entry: GroupLeaderboardEntryDto | null;

  @ApiProperty({ type: [GroupLeaderboardEntryDto], description: 'nearest last' })
  above: GroupLeaderboardEntryDto[];

  @ApiProperty({ type: [GroupLeaderboardEntryDto], description: 'nearest first' })
  below: GroupLeaderboardEntryDto[];
}

/** What one member added to their group's points in the period, while a member. */
export class GroupContributionDto {
  @ApiProperty({ format: 'uuid', description: "the member's pseudonymous id" })
  userId: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'less what reversals took back' })
  points: number;

  @ApiProperty({
    description: 'whether one of them came from a participation (counts as an active member)',
  })
  active: boolean;
}

/** A group's members' contributions in the period, most points first. */
export class GroupContributionsDto {
  @ApiProperty({ format: 'uuid' })
  groupId: string;

  @ApiProperty({ enum: LEADERBOARD_CATEGORIES })
  category: LeaderboardCategory;

  @ApiProperty({ type: LeaderboardPeriodDto })
  period: LeaderboardPeriodDto;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'members who contributed' })
  total: number;

  @ApiProperty({ type: 'integer', minimum: 0 })
  offset: number;

  @ApiProperty({ type: [GroupContributionDto] })
  contributions: GroupContributionDto[];
}

/** One of a person's groups on a group board: its points, active members and place. */
export class MemberGroupStandingDto {
  @ApiProperty({ format: 'uuid' })
  groupId: string;

  @ApiProperty({ type: 'integer', minimum: 0, description: "the group's points in the period" })
  points: number;

  @ApiProperty({ type: 'integer', minimum: 0, description: "the group's active members" })
  activeMembers: number;

  @ApiProperty({
    type: GroupLeaderboardEntryDto,
    nullable: true,
    description: 'its place; null while it is not on the board',
  })
  entry: GroupLeaderboardEntryDto | null;
}

/** The groups a person belongs to now, each with its place on the group board, best first. */
export class MemberGroupsStandingDto extends GroupLeaderboardDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ type: [MemberGroupStandingDto], description: 'placed groups best first' })
  groups: MemberGroupStandingDto[];
}
