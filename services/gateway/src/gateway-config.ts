import { P256KeySetting, StatelessServiceConfig } from '@citypoints/platform';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

const HTTP_URL = /^https?:\/\/[^/\s]+\/?$/;
const toNumber = ({ value }: { value: unknown }) => Number(value);
const toList = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : value;

function wholeNumber(setting: string, min: number, max = Number.MAX_SAFE_INTEGER) {
  const message = `${setting} must be a whole number from ${min} to ${max}`;
  return [
    Transform(toNumber),
    IsInt({ message }),
    Min(min, { message }),
    Max(max, { message }),
  ] as PropertyDecorator[];
}

function apply(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => decorators.forEach((decorator) => decorator(target, key));
}

/** The gateway's settings: it has no database, and reaches the services over internal HTTP. */
export class GatewayConfig extends StatelessServiceConfig {
  @Matches(HTTP_URL, { message: 'IDENTITY_URL must be an http(s):// URL of host and port' })
  IDENTITY_URL: string;

  @Matches(HTTP_URL, { message: 'LEDGER_URL must be an http(s):// URL of host and port' })
  LEDGER_URL: string;

  @Matches(HTTP_URL, { message: 'ACTIVITIES_URL must be an http(s):// URL of host and port' })
  ACTIVITIES_URL: string;

  @Matches(HTTP_URL, { message: 'VERIFICATION_URL must be an http(s):// URL of host and port' })
  VERIFICATION_URL: string;

  @Matches(HTTP_URL, { message: 'RANKINGS_URL must be an http(s):// URL of host and port' })
  RANKINGS_URL: string;

  @Matches(HTTP_URL, { message: 'REWARDS_URL must be an http(s):// URL of host and port' })
  REWARDS_URL: string;

  /** Signs the service token of each call to a service; they hold the public key. */
  @P256KeySetting('private', 'SERVICE_TOKEN_PRIVATE_KEY')
  SERVICE_TOKEN_PRIVATE_KEY: string;

  /**
   * The port of /health and /metrics, on BIND_HOST like the API but never the public port:
   * probes and Prometheus reach it inside the cluster, clients do not. 0 picks a free one.
   */
  @apply(...wholeNumber('MANAGEMENT_PORT', 0, 65535))
  MANAGEMENT_PORT = 9464;

  @Matches(/^rediss?:\/\/\S+$/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL: string;

  /** Put before every Redis key, so that several environments can share one Redis. */
  @IsOptional()
  @Matches(/^[A-Za-z0-9._:-]{0,100}$/, {
    message: 'REDIS_KEY_PREFIX must be up to 100 letters, digits, dots, colons, dashes or _',
  })
  REDIS_KEY_PREFIX = '';

  /** Requests one signed-in person may make per window, over all replicas. */
  @apply(...wholeNumber('RATE_LIMIT_PERSON', 1))
  RATE_LIMIT_PERSON = 300;

  /** Requests one client address may make per window, signed in or not. */
  @apply(...wholeNumber('RATE_LIMIT_IP', 1))
  RATE_LIMIT_IP = 1200;

  @apply(...wholeNumber('RATE_LIMIT_WINDOW_MS', 1000, 86_400_000))
  RATE_LIMIT_WINDOW_MS = 60_000;

  /**
   * IPv6 clients are counted per network of this prefix length, as one subscriber usually
   * gets a whole /64 (RFC 6177) and could otherwise rotate through it, one address a request.
   */
  @apply(...wholeNumber('RATE_LIMIT_IPV6_PREFIX', 16, 128))
  RATE_LIMIT_IPV6_PREFIX = 64;

  /**
   * Failed sign-ins to one account (e-mail address) from one client address (IPv6: one network
   * of RATE_LIMIT_IPV6_PREFIX bits) per 15 minutes. Per address, so that failing on purpose
   * locks an account only for the one who fails, not for its owner elsewhere.
   */
  @apply(...wholeNumber('SIGN_IN_FAILURES_PER_CLIENT', 1, 100))
  SIGN_IN_FAILURES_PER_CLIENT = 10;

  /**
   * Failed sign-ins to one account per hour from all client addresses together, so that a
   * guess spread over many addresses stays bounded; NIST SP 800-63B 5.2.2 allows at most 100.
   * Keep it above 4 × SIGN_IN_FAILURES_PER_CLIENT, or one address alone can reach it.
   */
  @apply(...wholeNumber('SIGN_IN_FAILURES_PER_ACCOUNT', 1, 100))
  SIGN_IN_FAILURES_PER_ACCOUNT = 100;

  /** Password-reset mails per e-mail address per hour, so nobody can flood an inbox. */
  @apply(...wholeNumber('PASSWORD_RESETS_PER_ADDRESS', 1, 100))
  PASSWORD_RESETS_PER_ADDRESS = 3;

  /** Event streams one person may hold open at once, over all replicas. */
  @apply(...wholeNumber('EVENT_STREAMS_PER_PERSON', 1, 100))
  EVENT_STREAMS_PER_PERSON = 5;

  /** Web origins allowed to call the API from a browser; empty allows none, `*` any. */
  @Transform(toList)
  @Matches(/^(\*|https?:\/\/[^/\s]+)$/, {
    each: true,
    message: 'CORS_ORIGINS must be a comma-separated list of http(s)://host[:port] origins or *',
  })
  CORS_ORIGINS: string[] = [];

  @apply(...wholeNumber('BODY_LIMIT_BYTES', 1024, 10_485_760))
  BODY_LIMIT_BYTES = 65_536;

  @apply(...wholeNumber('UPSTREAM_TIMEOUT_MS', 100, 120_000))
  UPSTREAM_TIMEOUT_MS = 10_000;

  @apply(...wholeNumber('SSE_HEARTBEAT_MS', 100, 300_000))
  SSE_HEARTBEAT_MS = 15_000;

  /**
   * The built web app (`npm run build`'s dist/web) the gateway serves at / (serveWebApp);
   * empty: none, the API alone.
   */
  @IsOptional()
  @Matches(/^\S*$/, { message: 'WEB_APP_DIR must be a directory path without spaces' })
  WEB_APP_DIR = '';

  /**
   * A map tile server's URL template for the web app's maps, e.g.
   * `https://tile.openstreetmap.org/{z}/{x}/{y}.png` (respect its usage policy); empty: the maps
   * are plotted views without tiles.
   */
  @IsOptional()
  @Matches(/^(https:\/\/\S+\{z\}\S*)?$/, {
    message: 'WEB_MAP_TILE_URL must be an https:// URL template with {z}, {x} and {y}',
  })
  WEB_MAP_TILE_URL = '';

  /** How many proxies in front of the gateway set X-Forwarded-For (0: use the peer address). */
  @apply(...wholeNumber('TRUST_PROXY_HOPS', 0, 10))
  TRUST_PROXY_HOPS = 0;
}
