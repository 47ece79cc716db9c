import { ServiceConfig } from '@citypoints/platform';
import { Transform } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

const TIMEOUT = 'REDEMPTION_TIMEOUT_SECONDS must be a whole number from 1 to 86400';
const CHECK = 'REDEMPTION_CHECK_INTERVAL_SECONDS must be a whole number from 0 (off) to 3600';
const ASKS = 'REDEMPTION_MAX_ASKS must be a whole number from 1 to 100';

/**
 * The settings of rewards: those of every service (its database, Kafka, the service-token key,
 * ports, logging), and how long a redemption waits for the ledger's answer.
 */
export class RewardsConfig extends ServiceConfig {
  /**
   * How long a pending redemption waits for the ledger's answer before it is asked again
   * (or, after REDEMPTION_MAX_ASKS asks, failed with its stock released).
   */
  @Transform(({ value }) => Number(value))
  @IsInt({ message: TIMEOUT })
  @Min(1, { message: TIMEOUT })
  @Max(86400, { message: TIMEOUT })
  REDEMPTION_TIMEOUT_SECONDS = 60;

  /** How often each replica looks for timed-out redemptions; 0 turns that off (tests). */
  @Transform(({ value }) => Number(value))
  @IsInt({ message: CHECK })
  @Min(0, { message: CHECK })
  @Max(3600, { message: CHECK })
  REDEMPTION_CHECK_INTERVAL_SECONDS = 15;

  /** How many times the ledger is asked for a redemption's points, the first ask included. */
  @Transform(({ value }) => Number(value))
  @IsInt({ message: ASKS })
  @Min(1, { message: ASKS })
  @Max(100, { message: ASKS })
  REDEMPTION_MAX_ASKS = 3;
}
