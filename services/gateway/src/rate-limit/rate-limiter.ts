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

export interface RateLimitVerdict {
  allowed: boolean;
  remaining: number;
  /** Whole seconds until the window resets. */
  retryAfterSeconds: number;
}

type RedisWithHit = Redis & {
  rateLimitHit(key: string, windowMs: number): Promise<[number, number]>;
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
    this.redis = redis as RedisWithHit;
  }

  /** Per person: the {tenant} hash tag keeps a tenant's keys in one Redis Cluster slot. */
  personKey(tenant: string, userId: string): string {
    return `${this.keyPrefix}ratelimit:{${tenant}}:person:${userId}`;
  }

  ipKey(ip: string): string {
    return `${this.keyPrefix}ratelimit:ip:${ip}`;
  }

  async hit(key: string, limit: number): Promise<RateLimitVerdict> {
    const [count, ttl] = await this.redis.rateLimitHit(key, this.windowMs);
    return {
      allowed: count <= limit,
      remaining: Math.max(0, limit - count),
      retryAfterSeconds: Math.max(1, Math.ceil(ttl / 1000)),
    };
  }
}
