// class-transformer's @Type reads design-time metadata.
import 'reflect-metadata';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsUUID, Matches, Min, ValidateNested } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { IsPoints } from '../fields/is-points';
import { EVENT_POINTS } from './event-points';

const SCOPES = ['individual', 'group'] as const;

/** A bonus for one person; a group's place gives each of its members an award. */
export class PlaceAward {
  @IsInt()
  @Min(1)
  place: number;

  @IsUUID()
  userId: string;

  @IsPoints('positive', EVENT_POINTS)
  points: number;
}

export class LeaderboardPeriodClosedV1 {
  @IsIn(SCOPES)
  scope: (typeof SCOPES)[number];

  /** The period's name, unique per scope within a tenant, e.g. `2026-W48` or `2026-11`. */
  @Matches(/^[A-Za-z0-9-]{1,40}$/, { message: 'period must be 1 to 40 letters, digits or dashes' })
  period: string;

  @ValidateNested({ each: true })
  @ArrayMaxSize(1000)
  @Type(() => PlaceAward)
  awards: PlaceAward[];
}

export const LeaderboardPeriodClosed = defineEvent({
  type: 'citypoints.rankings.LeaderboardPeriodClosed.v1',
  topic: Topics.rankings,
  payload: LeaderboardPeriodClosedV1,
});
