import 'reflect-metadata';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsTimeZone,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Locale, LOCALES } from '../locales';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { IsPoints } from '../fields/is-points';
import { EVENT_POINTS } from './event-points';
import { VERIFICATION_LIMITS as LIMITS } from '../fields/verification-limits';

export class LeaderboardBonus {
  @IsInt()
  @Min(1)
  @Max(100)
  rank: number;

  @IsPoints('positive', EVENT_POINTS)
  points: number;
}

/**
 * How strictly the tenant's check-ins are judged (issue 12). Each has a default
 * (DEFAULT_VERIFICATION_SETTINGS) for events published before the field existed.
 */
export class VerificationSettingsV1 {
  /** A GPS fix less accurate than this (metres, 95 % radius) proves nothing: refused. */
  @IsInt()
  @Min(LIMITS.maxAccuracyMetres.min)
  @Max(LIMITS.maxAccuracyMetres.max)
  maxAccuracyMetres: number;

  /** A check-in sent later than this after its scan (an offline phone) is refused; 0–168 h. */
  @IsInt()
  @Min(LIMITS.lateCheckInHours.min)
  @Max(LIMITS.lateCheckInHours.max)
  lateCheckInHours: number;

  /** Faster than this between a person's check-ins is impossible travel (km/h). */
  @IsInt()
  @Min(LIMITS.maxTravelKmh.min)
  @Max(LIMITS.maxTravelKmh.max)
  maxTravelKmh: number;

  /** A check-in whose accuracy is worse than this (metres) waits for review; null: none does. */
  @IsOptional()
  @IsInt()
  @Min(LIMITS.reviewAccuracyMetres.min)
  @Max(LIMITS.reviewAccuracyMetres.max)
  reviewAccuracyMetres: number | null;

  /** A check-in of an activity worth at least this many points waits for review; null: none. */
  @IsOptional()
  @IsPoints('positive', EVENT_POINTS)
  reviewPointsAtLeast: number | null;
}

/** What a tenant that never set its verification rules gets. */
export const DEFAULT_VERIFICATION_SETTINGS: Readonly<VerificationSettingsV1> = Object.freeze({
  maxAccuracyMetres: 100,
  lateCheckInHours: 24,
  maxTravelKmh: 200,
  reviewAccuracyMetres: null,
  reviewPointsAtLeast: null,
});

/** The most points one activity may give when the tenant has not set its own maximum. */
export const DEFAULT_MAX_ACTIVITY_POINTS = 1000;

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

  /**
   * The tenant's default language, in which every activity needs a title. Absent only in
   * events published before the field existed.
   */
  @IsOptional()
  @IsIn(LOCALES)
  defaultLocale?: Locale;

  /** The most points one activity may give; absent: DEFAULT_MAX_ACTIVITY_POINTS. */
  @IsOptional()
  @IsPoints('positive', EVENT_POINTS)
  maxActivityPoints?: number;

  /**
   * The active members (with a participation in the period) a group needs to be on the
   * tenant's leaderboards by average; absent: the rankings service's default.
   */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  minActiveMembersForAverage?: number;

  /** How check-ins are judged; absent: DEFAULT_VERIFICATION_SETTINGS. */
  @IsOptional()
  @ValidateNested()
  @Type(() => VerificationSettingsV1)
  verification?: VerificationSettingsV1;
}

export const TenantSettingsChanged = defineEvent({
  type: 'citypoints.identity.TenantSettingsChanged.v1',
  topic: Topics.identity,
  payload: TenantSettingsChangedV1,
});
