import { IsTenantId } from '@citypoints/contracts';
import { ApiProperty, OmitType } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { LeaderboardPageQueryDto } from './leaderboard-queries.dto';

/** Periods that end, and so close: an ISO week, a month, a year. */
export const CLOSABLE_PERIODS = ['week', 'month', 'year'] as const;
export type ClosablePeriodKind = (typeof CLOSABLE_PERIODS)[number];

/** A tenant's leaderboard period by id: `/tenants/{tenant}/leaderboard-periods/{period}`. */
export class LeaderboardPeriodPathDto {
  @ApiProperty({ example: 'cascais' })
  @IsTenantId()
  tenant: string;

  @ApiProperty({ example: '2027-W01', description: 'a week (2027-W01), month (2027-03) or year' })
  @Matches(/^\d{4}(-W\d{2}|-\d{2})?$/, {
    message: 'period must be the id of a week (2027-W01), a month (2027-03) or a year (2027)',
  })
  period: string;
}

/**
 * A page of a closed period's standings, people's and groups' alike: `limit` entries from
 * position `offset` (0-based), as for a running board. Only every category together (`all`) is
 * kept, so there is no category to choose.
 */
export class ClosedLeaderboardPeriodQueryDto extends OmitType(LeaderboardPageQueryDto, [
  'category',
] as const) {}

/** A bonus rule of the tenant: the points a place gets. */
export class LeaderboardBonusDto {
  @ApiProperty({ type: 'integer', minimum: 1 })
  rank: number;

  @ApiProperty({ type: 'integer', minimum: 1 })
  points: number;
}

/** A person's final standing in a closed period, every category together. */
export class ClosedPersonStandingDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: 'competition ranking (1, 2, 2, 4)' })
  place: number;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ type: 'integer' })
  score: number;

  @ApiProperty({ type: 'integer', nullable: true, description: "the place's bonus, if any" })
  bonus: number | null;
}

/** A group's final standing by total in a closed period. */
export class ClosedGroupStandingDto {
  @ApiProperty({ type: 'integer', minimum: 1 })
  place: number;

  @ApiProperty({ format: 'uuid' })
  groupId: string;

  @ApiProperty({ type: 'integer', description: "the members' points while members" })
  score: number;
}

/** A page of a closed board. */
export class ClosedPeopleDto {
  @ApiProperty({ type: 'integer', description: 'people on the closed board' })
  total: number;

  @ApiProperty({ type: 'integer' })
  offset: number;

  @ApiProperty({ type: [ClosedPersonStandingDto] })
  entries: ClosedPersonStandingDto[];
}

/** A page of a closed group board by total. */
export class ClosedGroupsDto {
  @ApiProperty({ type: 'integer', description: 'groups on the closed board' })
  total: number;

  @ApiProperty({ type: 'integer' })
  offset: number;

  @ApiProperty({ type: [ClosedGroupStandingDto] })
  entries: ClosedGroupStandingDto[];
}

/** A closed leaderboard period: its final standings, read from rankings' archive. */
export class ClosedLeaderboardPeriodDto {
  @ApiProperty({ example: '2027-W01' })
  id: string;

  @ApiProperty({ enum: CLOSABLE_PERIODS })
  kind: ClosablePeriodKind;

  @ApiProperty({ type: 'string', format: 'date-time' })
  startsAt: string;

  @ApiProperty({ type: 'string', format: 'date-time', description: 'its end (exclusive)' })
  endsAt: string;

  @ApiProperty({ example: 'Europe/Lisbon' })
  timeZone: string;

  @ApiProperty({ type: 'string', format: 'date-time' })
  closedAt: string;

  @ApiProperty({ type: [LeaderboardBonusDto], description: 'the bonus rules applied' })
  bonuses: LeaderboardBonusDto[];

  @ApiProperty({ type: [ClosedPersonStandingDto], description: 'everyone awarded a bonus' })
  winners: ClosedPersonStandingDto[];

  @ApiProperty({ type: ClosedPeopleDto })
  people: ClosedPeopleDto;

  @ApiProperty({ type: ClosedGroupsDto })
  groups: ClosedGroupsDto;
}
