import {
  ClosedLeaderboardPeriodDto as RankingsClosedPeriodDto,
  ClosedLeaderboardPeriodQueryDto,
  ClosedPeopleDto as RankingsClosedPeopleDto,
  ClosedPersonStandingDto as RankingsClosedPersonDto,
  LeaderboardPeriodPathDto,
} from '@citypoints/http-contracts';
import { ApiProperty, ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import { ANONYMOUS, PERSON_NAME } from './group-leaderboards.dto';

/** A past period by id (2026-W49, 2026-12, 2026); in the query, as public paths hold only ids. */
export class PastPeriodQueryDto extends PickType(LeaderboardPeriodPathDto, ['period']) {}

/** A page of a closed period's standings: its id, `limit` and `offset`. */
export class PastLeaderboardQueryDto extends IntersectionType(
  PastPeriodQueryDto,
  ClosedLeaderboardPeriodQueryDto,
) {}

/** A person's final standing in a closed period, named as they consented. */
export class ClosedPersonStandingDto extends RankingsClosedPersonDto {
  @ApiPropertyOptional(PERSON_NAME)
  name?: string;

  @ApiPropertyOptional(ANONYMOUS)
  anonymous?: boolean;
}

/** A page of a closed people board, each person named. */
export class ClosedPeopleDto extends RankingsClosedPeopleDto {
  @ApiProperty({ type: [ClosedPersonStandingDto] })
  declare entries: ClosedPersonStandingDto[];
}

/** A closed period: bonus rules, winners and a page of final standings, people named. */
export class ClosedLeaderboardPeriodDto extends RankingsClosedPeriodDto {
  @ApiProperty({ type: [ClosedPersonStandingDto], description: 'everyone awarded a bonus' })
  declare winners: ClosedPersonStandingDto[];

  @ApiProperty({ type: ClosedPeopleDto })
  declare people: ClosedPeopleDto;
}
