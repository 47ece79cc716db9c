import {
  LeaderboardEntryDto as RankingsEntryDto,
  LeaderboardPageDto as RankingsPageDto,
  LeaderboardPageQueryDto,
  LeaderboardPathDto,
  LeaderboardStandingDto as RankingsStandingDto,
  StandingQueryDto,
} from '@citypoints/http-contracts';
import { ApiProperty, ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';

// Rankings' own answers: the public answer is the internal one.
export { HiddenPeopleDto, HiddenPersonDto, LeaderboardPeriodDto } from '@citypoints/http-contracts';

/** The board of the period running now; in the query, as public paths hold only ids. */
export class NextResetQueryDto extends PickType(LeaderboardPathDto, ['period']) {}

/** A page of the people board: its period, category, `limit` and `offset`. */
export class PeopleLeaderboardQueryDto extends IntersectionType(
  NextResetQueryDto,
  LeaderboardPageQueryDto,
) {}

/** The caller's standing on the people board: its period, category and `span`. */
export class MyStandingQueryDto extends IntersectionType(NextResetQueryDto, StandingQueryDto) {}

/** One person on a leaderboard, with the name the gateway joins in from identity. */
export class LeaderboardEntryDto extends RankingsEntryDto {
  @ApiPropertyOptional({
    type: 'string',
    description:
      'the name the person consented to show (display name or nickname); "Anonymous" for ' +
      'people who chose not to be named and for erased people alike; absent while names ' +
      'cannot be read',
  })
  name?: string;

  @ApiPropertyOptional({
    type: 'boolean',
    description: 'true when `name` is the neutral label, which a client may translate',
  })
  anonymous?: boolean;
}

/** What `total` counts on a public board. */
const SHOWN = {
  type: 'integer',
  minimum: 0,
  description: 'people on the board; those a tenant admin hid are not shown nor counted',
} as const;

/** A page of a leaderboard, best first, each person named as they consented. */
export class LeaderboardPageDto extends RankingsPageDto {
  @ApiProperty(SHOWN)
  declare total: number;

  @ApiProperty({ type: [LeaderboardEntryDto] })
  declare entries: LeaderboardEntryDto[];
}

/** The caller's place with the people just above and below; null while unranked or hidden. */
export class LeaderboardStandingDto extends RankingsStandingDto {
  @ApiProperty(SHOWN)
  declare total: number;

  @ApiProperty({ type: LeaderboardEntryDto, nullable: true })
  declare entry: LeaderboardEntryDto | null;

  @ApiProperty({ type: [LeaderboardEntryDto], description: 'nearest last' })
  declare above: LeaderboardEntryDto[];

  @ApiProperty({ type: [LeaderboardEntryDto], description: 'nearest first' })
  declare below: LeaderboardEntryDto[];
}
