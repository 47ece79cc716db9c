import Redis from 'ioredis';
import { requireRedis } from '../redis/require-redis';
import { unauthorized } from './access-tokens';
import { Caller } from './caller';

/**
 * How long a person's latest generation is kept: every token issued before it expires within
 * the 15-minute access-token lifetime (identity's ACCESS_TOKEN_SECONDS), plus a minute for
 * clocks that differ.
 */
export const GENERATION_TTL_MS = 16 * 60_000;

// Only upward, in one step: the gateway's own write and identity's event may come in any order.
const RAISE = `
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local wanted = tonumber(ARGV[1])
if wanted <= current then return current end
redis.call('SET', KEYS[1], wanted, 'PX', ARGV[2])
return wanted
`;

type RedisWithRaise = Redis & {
  raiseGeneration(key: string, generation: number, ttlMs: number): Promise<number>;
};

/**
 * The latest session generation of each person whose sessions ended lately (sign-out
 * everywhere, a password reset, erasure), in Redis for all replicas. An access token whose
 * `gen` claim is below it was issued before the end, and is refused.
 */
export class SessionGenerations {
  private readonly redis: RedisWithRaise;

  constructor(
    redis: Redis,
    private readonly keyPrefix: string,
  ) {
    redis.defineCommand('raiseGeneration', { numberOfKeys: 1, lua: RAISE });
    this.redis = redis as RedisWithRaise;
  }

  /** Records that the person's tokens below `generation` are void; never lowers it. */
  raise(tenant: string, userId: string, generation: number): Promise<number> {
    return requireRedis('recording ended sessions', () =>
      this.redis.raiseGeneration(this.key(tenant, userId), generation, GENERATION_TTL_MS),
    );
  }

  /** True when the caller's session has ended since their token was issued. */
  async hasEnded(caller: Caller): Promise<boolean> {
    const latest = await this.redis.get(this.key(caller.tenant, caller.userId));
    return caller.generation < Number(latest ?? 0);
  }

  /** 401 (RFC 6750 invalid_token) when the caller's session has ended; 503 without Redis. */
  async assertCurrent(caller: Caller): Promise<void> {
    if (await requireRedis('checking ended sessions', () => this.hasEnded(caller))) {
      throw unauthorized(
        'this session was ended (signed out everywhere, password reset or erasure); sign in again',
        'invalid_token',
      );
    }
  }

  /** The {tenant} hash tag keeps a tenant's keys in one Redis Cluster slot. */
  private key(tenant: string, userId: string): string {
    return `${this.keyPrefix}sessions:{${tenant}}:generation:${userId}`;
  }
}
