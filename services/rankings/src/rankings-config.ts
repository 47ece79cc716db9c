import { ServiceConfig } from '@citypoints/platform';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

const DEDUPE_DAYS = 'EVENT_DEDUPE_DAYS must be a whole number of days from 8 to 3650';
const MIN_ACTIVE = 'MIN_ACTIVE_MEMBERS_FOR_AVERAGE must be a whole number from 1 to 1000';
const CLOSE_INTERVAL = 'CLOSE_INTERVAL_SECONDS must be a whole number from 0 (off) to 86400';
const CLOSE_GRACE = 'CLOSE_GRACE_SECONDS must be a whole number from 0 to 86400';

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

  /**
   * How often each replica looks for ended periods to close (period-close/); 0 turns the
   * closer off (tests), leaving the internal closure route.
   */
  @Transform(({ value }) => Number(value))
  @IsInt({ message: CLOSE_INTERVAL })
  @Min(0, { message: CLOSE_INTERVAL })
  @Max(86400, { message: CLOSE_INTERVAL })
  CLOSE_INTERVAL_SECONDS = 300;

  /**
   * How long after a period's end the closer waits before closing it, so that its scores still
   * on their way (consumer lag) count.
   */
  @Transform(({ value }) => Number(value))
  @IsInt({ message: CLOSE_GRACE })
  @Min(0, { message: CLOSE_GRACE })
  @Max(86400, { message: CLOSE_GRACE })
  CLOSE_GRACE_SECONDS = 300;
}
