import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsTimeZone,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { IsPoints } from '../fields/is-points';
import { EVENT_POINTS } from './event-points';

export class LeaderboardBonus {
  @IsInt()
  @Min(1)
  @Max(100)
  rank: number;

  @IsPoints('positive', EVENT_POINTS)
  points: number;
}

/**
 * A tenant was created or its settings changed. It carries all the settings other services
 * apply, not only the changed ones, so a consumer simply replaces what it had.
 */
export class TenantSettingsChangedV1 {
  @IsTimeZone()
  timeZone: string;

  /** Points older than this expire; null when they never do. */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(120)
  pointsExpiryMonths: number | null;

  @ValidateNested({ each: true })
  @ArrayMaxSize(100)
  @Type(() => LeaderboardBonus)
  leaderboardBonuses: LeaderboardBonus[];
}

export const TenantSettingsChanged = defineEvent({
  type: 'citypoints.identity.TenantSettingsChanged.v1',
  topic: Topics.identity,
  payload: TenantSettingsChangedV1,
});
