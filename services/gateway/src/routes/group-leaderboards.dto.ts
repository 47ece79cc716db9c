import {
  GroupContributionDto as RankingsContributionDto,
  GroupContributionsDto as RankingsContributionsDto,
  GroupLeaderboardEntryDto as RankingsGroupEntryDto,
  GroupLeaderboardPageDto as RankingsGroupPageDto,
  GroupLeaderboardPageQueryDto,
  GroupStandingDto as RankingsGroupStandingDto,
  GroupStandingQueryDto,
  LeaderboardPageQueryDto,
  MemberGroupsQueryDto,
  MemberGroupStandingDto as RankingsMemberGroupDto,
  MemberGroupsStandingDto as RankingsMemberGroupsDto,
} from '@citypoints/http-contracts';
import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { NextResetQueryDto } from './leaderboards.dto';

/** A page of a group board: its period, ranking, category, `limit` and `offset`. */
export class GroupLeaderboardQueryDto extends IntersectionType(
  NextResetQueryDto,
  GroupLeaderboardPageQueryDto,
) {}

/** A group's standing on a group board: its period, ranking, category and `span`. */
export class GroupStandingPublicQueryDto extends IntersectionType(
  NextResetQueryDto,
  GroupStandingQueryDto,
) {}

/** A page of a group's members' contributions: its period, category, `limit` and `offset`. */
export class GroupContributionsQueryDto extends IntersectionType(
  NextResetQueryDto,
  LeaderboardPageQueryDto,
) {}

const GROUP_NAME = {
  type: 'string',
  description: "the group's name; absent while names cannot be read",
} as const;

/** One group on a group board, with the name the gateway joins in from identity. */
export class GroupLeaderboardEntryDto extends RankingsGroupEntryDto {
  @ApiPropertyOptional(GROUP_NAME)
  name?: string;
}

/** A page of a group board, best first, each group named. */
export class GroupLeaderboardPageDto extends RankingsGroupPageDto {
  @ApiProperty({ type: [GroupLeaderboardEntryDto] })
  declare entries: GroupLeaderboardEntryDto[];
}

/** A group's place with the groups just above and below; `entry` null while not on the board. */
export class GroupStandingDto extends RankingsGroupStandingDto {
  @ApiPropertyOptional(GROUP_NAME)
  name?: string;

  @ApiProperty({ type: GroupLeaderboardEntryDto, nullable: true })
  declare entry: GroupLeaderboardEntryDto | null;

  @ApiProperty({ type: [GroupLeaderboardEntryDto], description: 'nearest last' })
  declare above: GroupLeaderboardEntryDto[];

  @ApiProperty({ type: [GroupLeaderboardEntryDto], description: 'nearest first' })
  declare below: GroupLeaderboardEntryDto[];
}

/** My groups on a group board: its period, ranking and category. */
export class MyGroupsQueryDto extends IntersectionType(NextResetQueryDto, MemberGroupsQueryDto) {}

/** One of my groups on a group board, named, with its place (null while off the board). */
export class MyGroupStandingDto extends RankingsMemberGroupDto {
  @ApiPropertyOptional(GROUP_NAME)
  name?: string;

  @ApiProperty({
    type: GroupLeaderboardEntryDto,
    nullable: true,
    description: 'its place; null while it is not on the board',
  })
  declare entry: GroupLeaderboardEntryDto | null;
}

/** The groups I belong to now, each named and placed on the group board, best first. */
export class MyGroupsStandingDto extends RankingsMemberGroupsDto {
  @ApiProperty({ type: [MyGroupStandingDto], description: 'placed groups best first' })
  declare groups: MyGroupStandingDto[];
}

/** The consented name of a person, as the people boards show it (LeaderboardEntryDto). */
const PERSON_NAME = {
  type: 'string',
  description:
    'the name the person consented to show (display name or nickname); "Anonymous" for ' +
    'people who chose not to be named and for erased people alike; absent while names ' +
    'cannot be read',
} as const;
const ANONYMOUS = {
  type: 'boolean',
  description: 'true when `name` is the neutral label, which a client may translate',
} as const;

/** What one member added to their group's points, named as they consented. */
export class GroupContributionDto extends RankingsContributionDto {
  @ApiPropertyOptional(PERSON_NAME)
  name?: string;

  @ApiPropertyOptional(ANONYMOUS)
  anonymous?: boolean;
}

/** A group's members' contributions, most first; people a tenant admin hid are left out. */
export class GroupContributionsDto extends RankingsContributionsDto {
  @ApiProperty({
    type: 'integer',
    minimum: 0,
    description: 'members who contributed; those a tenant admin hid are not shown nor counted',
  })
  declare total: number;

  @ApiProperty({ type: [GroupContributionDto] })
  declare contributions: GroupContributionDto[];
}

export { ANONYMOUS, PERSON_NAME };
