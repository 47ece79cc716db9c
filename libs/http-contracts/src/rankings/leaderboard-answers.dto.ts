import { ApiProperty } from '@nestjs/swagger';
import {
  LEADERBOARD_CATEGORIES,
  LEADERBOARD_PERIODS,
  LEADERBOARD_SCOPES,
  LeaderboardCategory,
  LeaderboardPeriodKind,
  LeaderboardScope,
} from './leaderboard-queries.dto';

/** One person on a leaderboard. */
export class LeaderboardEntryDto {
  @ApiProperty({
    type: 'integer',
    minimum: 1,
    description: 'standard competition ranking: equal scores share a place (1, 2, 2, 4)',
  })
  place: number;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'points earned in the period' })
  score: number;
}

/** The period a leaderboard runs for, by the tenant's calendar. */
export class LeaderboardPeriodDto {
  @ApiProperty({ enum: LEADERBOARD_PERIODS })
  kind: LeaderboardPeriodKind;

  @ApiProperty({ example: '2027-W01', description: '2027-W01, 2027-03, 2027 or all' })
  id: string;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true, description: 'UTC' })
  startsAt: string | null;

  @ApiProperty({
    type: 'string',
    format: 'date-time',
    nullable: true,
    description: 'when the board starts again from zero (UTC); null for all time',
  })
  nextResetAt: string | null;

  @ApiProperty({ example: 'Europe/Lisbon', description: "the tenant's IANA time zone" })
  timeZone: string;
}

/** What every answer about a board says of it. */
export class LeaderboardDto {
  @ApiProperty({ enum: LEADERBOARD_SCOPES })
  scope: LeaderboardScope;

  @ApiProperty({ enum: LEADERBOARD_CATEGORIES })
  category: LeaderboardCategory;

  @ApiProperty({ type: LeaderboardPeriodDto })
  period: LeaderboardPeriodDto;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'entries on the board' })
  total: number;
}

/** A page of a leaderboard, best first; tied entries in the order they reached their score. */
export class LeaderboardPageDto extends LeaderboardDto {
  @ApiProperty({ type: 'integer', minimum: 0 })
  offset: number;

  @ApiProperty({ type: [LeaderboardEntryDto] })
  entries: LeaderboardEntryDto[];
}

/** A person's place, with the people just above and just below them; null while unranked. */
export class LeaderboardStandingDto extends LeaderboardDto {
  @ApiProperty({ type: LeaderboardEntryDto, nullable: true })
  entry: LeaderboardEntryDto | null;

  @ApiProperty({ type: [LeaderboardEntryDto], description: 'nearest last' })
  above: LeaderboardEntryDto[];

  @ApiProperty({ type: [LeaderboardEntryDto], description: 'nearest first' })
  below: LeaderboardEntryDto[];
}
