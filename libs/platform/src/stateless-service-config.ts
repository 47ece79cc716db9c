import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

const HOST_PORT = /^[A-Za-z0-9.-]+:\d{1,5}$/;
const PORT_RANGE = 'PORT must be a whole number from 1 to 65535';

/**
 * Settings every service needs. A service without a database of its own (the gateway)
 * extends this one; the others extend ServiceConfig, which adds DATABASE_URL.
 */
export class StatelessServiceConfig {
  @Transform(({ value }) => Number(value))
  @IsInt({ message: PORT_RANGE })
  @Min(1, { message: PORT_RANGE })
  @Max(65535, { message: PORT_RANGE })
  PORT = 3000;

  @Transform(({ value }) =>
    typeof value === 'string' ? value.split(',').map((b) => b.trim()) : value,
  )
  @Matches(HOST_PORT, {
    each: true,
    message: 'KAFKA_BROKERS must be a comma-separated list of host:port',
  })
  KAFKA_BROKERS: string[];

  @IsOptional()
  @Matches(/^[A-Za-z0-9._-]{0,100}$/, {
    message: 'KAFKA_TOPIC_PREFIX must be up to 100 letters, digits, dots, dashes or underscores',
  })
  KAFKA_TOPIC_PREFIX = '';

  @IsOptional()
  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace'], {
    message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace',
  })
  LOG_LEVEL = 'info';

  /**
   * The address to listen on. Loopback by default, so an internal API is never reachable from
   * the network by accident; in Kubernetes set 0.0.0.0 (the pod network) next to a
   * NetworkPolicy that admits only the gateway.
   */
  @IsOptional()
  @Matches(/^[A-Za-z0-9.:-]{1,253}$/, { message: 'BIND_HOST must be a host name or IP address' })
  BIND_HOST = '127.0.0.1';

  /**
   * Turns on development-only routes, such as identity's mail outbox. `npm start` turns it on;
   * nothing else does.
   */
  @Transform(({ value }) => ({ true: true, false: false })[String(value)] ?? value)
  @IsBoolean({ message: 'DEVELOPMENT_ROUTES must be true or false' })
  DEVELOPMENT_ROUTES = false;

  @Transform(({ value }) => Number(value))
  @IsInt({ message: 'STARTUP_TIMEOUT_MS must be a whole number of milliseconds' })
  @Min(0, { message: 'STARTUP_TIMEOUT_MS must not be negative' })
  STARTUP_TIMEOUT_MS = 30_000;
}
