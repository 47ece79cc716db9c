import { Problem } from '@citypoints/platform';
import Redis from 'ioredis';
import { Caller } from '../auth/caller';
import { requireRedis } from '../redis/require-redis';

// One sorted set per person: member = stream id, score = when it goes stale (Redis' own clock,
// the same for every replica). Stale streams are dropped first, so a crashed replica's streams
// free their slots once their heartbeats stop. A limit of 0 renews without counting.
const CLAIM = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local staleMs = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if limit > 0 and not redis.call('ZSCORE', KEYS[1], ARGV[1])
  and redis.call('ZCARD', KEYS[1]) >= limit then
  return 0
end
redis.call('ZADD', KEYS[1], now + staleMs, ARGV[1])
redis.call('PEXPIRE', KEYS[1], staleMs)
return 1
`;

type RedisWithClaim = Redis & {
  claimStreamSlot(key: string, streamId: string, staleMs: number, limit: number): Promise<number>;
};

/**
 * The event streams each person holds open, over all replicas, so that nobody holds more than
 * `limit` connections. Each stream renews its slot with its heartbeat; one that misses three
 * heartbeats is counted no more.
 */
export class StreamSlots {
  private readonly redis: RedisWithClaim;
  private readonly staleMs: number;

  constructor(
    redis: Redis,
    private readonly keyPrefix: string,
    private readonly limit: number,
    heartbeatMs: number,
  ) {
    redis.defineCommand('claimStreamSlot', { numberOfKeys: 1, lua: CLAIM });
    this.redis = redis as RedisWithClaim;
    this.staleMs = 3 * heartbeatMs;
  }

  /** Takes a slot for a new stream; 429 when the person already holds `limit` streams. */
  async claim(caller: Caller, streamId: string): Promise<void> {
    const claimed = await requireRedis('counting event streams', () =>
      this.redis.claimStreamSlot(this.key(caller), streamId, this.staleMs, this.limit),
    );
    if (!claimed) {
      throw new Problem(
        429,
        `too many event streams: at most ${this.limit} open at once; close one first`,
        undefined,
        { 'Retry-After': String(Math.ceil(this.staleMs / 1000)) },
      );
    }
  }

  /** Keeps an open stream's slot from going stale; called with each heartbeat. */
  async renew(caller: Caller, streamId: string): Promise<void> {
    await this.redis.claimStreamSlot(this.key(caller), streamId, this.staleMs, 0);
  }

  async release(caller: Caller, streamId: string): Promise<void> {
    await this.redis.zrem(this.key(caller), streamId);
  }

  /** The {tenant} hash tag keeps a tenant's keys in one Redis Cluster slot. */
  private key(caller: Caller): string {
    return `${this.keyPrefix}event-streams:{${caller.tenant}}:person:${caller.userId}`;
  }
}
