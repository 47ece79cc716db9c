import Redis from 'ioredis';

// One round trip, atomic on Redis (and on a Redis Cluster, as each call names one key): the
// first hit of a window starts its expiry, so the count resets itself.
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}
`;

// Takes one hit back, unless the window has ended meanwhile (DECR would then make a count of
// -1 that never expires).
const UNDO = `
local count = tonumber(redis.call('GET', KEYS[1]) or '0')
if count > 0 then redis.call('DECR', KEYS[1]) end
`;

export interface RateLimitVerdict {
  allowed: boolean;
  remaining: number;
  /** Whole seconds until the window resets. */
  retryAfterSeconds: number;
}

type RedisWithHit = Redis & {
  rateLimitHit(key: string, windowMs: number): Promise<[number, number]>;
  rateLimitUndo(key: string): Promise<null>;
};

/** Fixed-window request counts in Redis, shared by every gateway replica. */
export class RateLimiter {
  private readonly redis: RedisWithHit;

  constructor(
    redis: Redis,
    private readonly keyPrefix: string,
    private readonly windowMs: number,
  ) {
    redis.defineCommand('rateLimitHit', { numberOfKeys: 1, lua: HIT });
    redis.defineCommand('rateLimitUndo', { numberOfKeys: 1, lua: UNDO });
    this.redis = redis as RedisWithHit;
  }

  /** Per person: the {tenant} hash tag keeps a tenant's keys in one Redis Cluster slot. */
  personKey(tenant: string, userId: string): string {
    return `${this.keyPrefix}ratelimit:{${tenant}}:person:${userId}`;
  }

  /** Per client address, as addressBucket counts it. */
  ipKey(bucket: string): string {
    return `${this.keyPrefix}ratelimit:ip:${bucket}`;
  }

  /**
   * Per account of a tenant (`accountHash` names it without saying its e-mail address), and
   * per client network too when `bucket` (addressBucket) is given.
   */
  accountKey(tenant: string, kind: string, accountHash: string, bucket?: string): string {
    const account = `${this.keyPrefix}ratelimit:{${tenant}}:${kind}:${accountHash}`;
    return bucket === undefined ? account : `${account}:from:${bucket}`;
  }

  /** Counts one hit in the window of `windowMs` (RATE_LIMIT_WINDOW_MS unless given). */
  async hit(key: string, limit: number, windowMs = this.windowMs): Promise<RateLimitVerdict> {
    const [count, ttl] = await this.redis.rateLimitHit(key, windowMs);
    return {
      allowed: count <= limit,
      remaining: Math.max(0, limit - count),
      retryAfterSeconds: Math.max(1, Math.ceil(ttl / 1000)),
    };
  }

  /** Takes back one hit that turned out not to count. */
  async undo(key: string): Promise<void> {
    await this.redis.rateLimitUndo(key);
  }

  /** Starts the count over. */
  async forget(key: string): Promise<void> {
    await this.redis.del(key);
  }
}
