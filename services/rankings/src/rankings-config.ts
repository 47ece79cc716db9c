import { ServiceConfig } from '@citypoints/platform';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

const DEDUPE_DAYS = 'EVENT_DEDUPE_DAYS must be a whole number of days from 8 to 3650';
const MIN_ACTIVE = 'MIN_ACTIVE_MEMBERS_FOR_AVERAGE must be a whole number from 1 to 1000';

/**
 * The settings of rankings: those of every service, and the Redis its leaderboards live in,
 * shared by all its replicas.
 */
export class RankingsConfig extends ServiceConfig {
  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL: string;

  /** Put before every Redis key, so that several environments can share one Redis. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._:-]{0,100}$/, {
    message: 'REDIS_KEY_PREFIX must be up to 100 letters, digits, dots, colons, dashes or _',
  })
  REDIS_KEY_PREFIX = '';

  /**
   * How long an applied event's id is remembered, so that its redelivery changes nothing. Keep
   * it longer than the ledger topic's retention (Kafka's default: 7 days) and than any replay
   * of its dead letters: an event redelivered later would count again.
   */
  @Transform(({ value }) => Number(value))
  @IsInt({ message: DEDUPE_DAYS })
  @Min(8, { message: DEDUPE_DAYS })
  @Max(3650, { message: DEDUPE_DAYS })
  EVENT_DEDUPE_DAYS = 30;

  /**
   * The active members (with a participation in the period while members) a group needs to be
   * on a group board by average, so that one keen member cannot make a group's average
   * (issue 13: a tenant-set minimum; one setting for every tenant until identity publishes
   * it). A change applies to groups as they next score; a rebuild applies it to every board.
   */
  @Transform(({ value }) => Number(value))
  @IsInt({ message: MIN_ACTIVE })
  @Min(1, { message: MIN_ACTIVE })
  @Max(1000, { message: MIN_ACTIVE })
  MIN_ACTIVE_MEMBERS_FOR_AVERAGE = 3;
}
