import { Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { BoardRef } from '../core/rankings-keys';
import { RankingsRedis } from '../core/rankings-redis';
import { RankingsConfig } from '../rankings-config';
import { Score } from './score';

/**
 * A member of a board is `<13 digits>:<userId>`, the digits 9999999999999 less the instant
 * (ms) the person reached their score. Redis orders equal scores by member, so ZREVRANGE (best
 * first) lists who got there first first; the board's `reached` hash keeps each person's
 * digits, to find their member. The script either finds the event's marker and changes
 * nothing, or sets it (for ARGV[1] ms) and adds the points to every board: one atomic step,
 * run where all its keys live (one tenant's hash tag). No step can fail half-way.
 *
 * KEYS: the event's marker, then each board's sorted set and `reached` hash.
 * ARGV: the marker's lifetime (ms), the person, the points, the instant they were earned (ms).
 */
const ADD_SCORE = `
if not redis.call('SET', KEYS[1], '1', 'NX', 'PX', ARGV[1]) then return 0 end
local last, user, points, at = 9999999999999, ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
for i = 2, #KEYS, 2 do
  local score, reached = points, at
  local digits = redis.call('HGET', KEYS[i + 1], user)
  local before = digits and redis.call('ZSCORE', KEYS[i], digits .. ':' .. user)
  if before then
    score = score + tonumber(before)
    reached = math.max(reached, last - tonumber(digits))
    redis.call('ZREM', KEYS[i], digits .. ':' .. user)
  end
  digits = string.format('%013.0f', last - reached)
  redis.call('ZADD', KEYS[i], score, digits .. ':' .. user)
  redis.call('HSET', KEYS[i + 1], user, digits)
end
return 1
`;

type RedisWithAddScore = Redis & {
  rankingsAddScore(keyCount: number, ...keysAndArgs: (string | number)[]): Promise<0 | 1>;
};

/**
 * Adds scores to leaderboards in Redis, each event exactly once however often it is
 * delivered: its id's marker and every increment in one script (ADD_SCORE). Markers expire
 * after EVENT_DEDUPE_DAYS, which must outlast any redelivery.
 */
@Injectable()
export class ScoreBoards {
  private readonly redis: RedisWithAddScore;
  private readonly markerMs: number;

  constructor(
    private readonly rankings: RankingsRedis,
    config: RankingsConfig,
  ) {
    rankings.client.defineCommand('rankingsAddScore', { lua: ADD_SCORE });
    this.redis = rankings.client as RedisWithAddScore;
    this.markerMs = config.EVENT_DEDUPE_DAYS * 86_400_000;
  }

  /** Adds `score` to `boards`; 'duplicate' (and nothing changed) when it was added before. */
  async add(score: Score, boards: BoardRef[]): Promise<'added' | 'duplicate'> {
    const { keys } = this.rankings;
    const keyList = [
      keys.applied(score.tenantId, score.eventId),
      ...boards.flatMap((board) => [
        keys.board(score.tenantId, board),
        keys.reached(score.tenantId, board),
      ]),
    ];
    const added = await this.redis.rankingsAddScore(
      keyList.length,
      ...keyList,
      this.markerMs,
      score.userId,
      score.points,
      score.earnedAt.getTime(),
    );
    return added === 1 ? 'added' : 'duplicate';
  }
}
