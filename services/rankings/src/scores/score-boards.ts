import { Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { BoardRef } from '../core/rankings-keys';
import { RankingsRedis } from '../core/rankings-redis';
import { RankingsConfig } from '../rankings-config';
import { Score } from './score';
import { GROUP_BOARD_KEYS, scoreScriptInput, ScoreScriptSettings } from './score-script-input';

/**
 * A member of a board is `<13 digits>:<id>` (a person's or a group's), the digits 9999999999999
 * less the instant (ms) it reached its score. Redis orders equal scores by member, so ZREVRANGE
 * (best first) lists who got there first first; the board's `reached` hash keeps each one's
 * digits, to find its member. The script either finds the event's id among the markers of its
 * day (or its marker of the former kind, the last key) and changes nothing, or adds it there
 * (the day's set then lives ARGV[1] ms more) and adds the points to every board of the person
 * and of each of their groups: one atomic step, run where all its keys live (one tenant's hash
 * tag). No step can fail half-way, so people and groups count each event once, together.
 *
 * Negative points (an admin's reversal) lower each board the person is on, never below 0, and
 * each group board by at most what the person contributed to it: a reversal takes back points
 * that were counted, and makes nobody a new entry or an active member.
 *
 * A group board keeps, per group, its total (sorted set by total), each member's contribution,
 * and its active members (a set of `<groupId>:<userId>`, counted in a hash); its average board
 * holds total / active members of each group with at least ARGV[7] active members, recomputed
 * here whenever either changes. An entry whose score does not change keeps its instant, so an
 * average that a new member leaves equal still ranks as reached when it first was.
 * KEYS and ARGV: see scoreScriptInput.
 */
const ADD_SCORE = `
if redis.call('EXISTS', KEYS[#KEYS]) == 1 or redis.call('SADD', KEYS[1], ARGV[#ARGV]) == 0 then
  return 0
end
redis.call('PEXPIRE', KEYS[1], ARGV[1])
local LAST, BLOCK = 9999999999999, ${GROUP_BOARD_KEYS}
local user, points, at = ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
local boards, active, least, groups =
  tonumber(ARGV[5]), ARGV[6] == '1', tonumber(ARGV[7]), tonumber(ARGV[8])

local function entry(board, reached, id)
  local digits = redis.call('HGET', reached, id)
  local score = digits and redis.call('ZSCORE', board, digits .. ':' .. id)
  if not score then return nil end
  return tonumber(score), LAST - tonumber(digits), digits .. ':' .. id
end

local function put(board, reached, id, score, instant)
  local before, since, member = entry(board, reached, id)
  if before == score then return end
  if before then
    instant = math.max(instant, since)
    redis.call('ZREM', board, member)
  end
  local digits = string.format('%013.0f', LAST - instant)
  redis.call('ZADD', board, score, digits .. ':' .. id)
  redis.call('HSET', reached, id, digits)
end

local function remove(board, reached, id)
  local _, _, member = entry(board, reached, id)
  if member then redis.call('ZREM', board, member) end
  redis.call('HDEL', reached, id)
end

for i = 1, boards do
  local board, reached = KEYS[2 * i], KEYS[2 * i + 1]
  local before = entry(board, reached, user)
  if points > 0 then put(board, reached, user, (before or 0) + points, at)
  elseif before then put(board, reached, user, math.max(0, before + points), at) end
end

if groups == 0 then return 1 end
for i = 0, boards - 1 do
  local k = 2 + 2 * boards + i * (BLOCK + groups)
  local total, totalReached, average, averageReached = KEYS[k], KEYS[k + 1], KEYS[k + 2], KEYS[k + 3]
  local actives, counts = KEYS[k + 4], KEYS[k + 5]
  for g = 1, groups do
    local group, contributions = ARGV[8 + g], KEYS[k + BLOCK - 1 + g]
    local change = points
    if points < 0 then
      change = -math.min(-points, tonumber(redis.call('ZSCORE', contributions, user) or 0))
    end
    if change ~= 0 then
      redis.call('ZINCRBY', contributions, change, user)
      local sum = (entry(total, totalReached, group) or 0) + change
      put(total, totalReached, group, sum, at)
      if active and redis.call('SADD', actives, group .. ':' .. user) == 1 then
        redis.call('HINCRBY', counts, group, 1)
      end
      local count = tonumber(redis.call('HGET', counts, group) or 0)
      if count >= least then put(average, averageReached, group, sum / count, at)
      else remove(average, averageReached, group) end
    end
  end
end
return 1
`;

type RedisWithAddScore = Redis & {
  rankingsAddScore(keyCount: number, ...keysAndArgs: (string | number)[]): Promise<0 | 1>;
};

/** A score with where it goes: see ScoreBoards.add. */
export interface ScoreOnBoards {
  score: Score;
  boards: readonly BoardRef[];
  groupIds: readonly string[];
  /** The tenant's own minimum for the average boards; undefined: the service's. */
  minActiveMembers?: number;
}

// Scripts sent in one round trip by addAll.
const PIPELINE = 500;

/**
 * Adds scores to the leaderboards of people and groups in Redis, each event exactly once
 * however often it is delivered: its id's marker and every increment in one script
 * (ADD_SCORE). A day's markers expire EVENT_DEDUPE_DAYS after its last event was applied,
 * which must outlast any redelivery.
 */
@Injectable()
export class ScoreBoards {
  private readonly redis: RedisWithAddScore;
  private readonly settings: ScoreScriptSettings;

  constructor(
    private readonly rankings: RankingsRedis,
    config: RankingsConfig,
  ) {
    rankings.client.defineCommand('rankingsAddScore', { lua: ADD_SCORE });
    this.redis = rankings.client as RedisWithAddScore;
    this.settings = {
      markerMs: config.EVENT_DEDUPE_DAYS * 86_400_000,
      minActiveMembers: config.MIN_ACTIVE_MEMBERS_FOR_AVERAGE,
    };
  }

  /**
   * Adds `score` to the person's `boards` and, for each of `groupIds` (the person's groups when
   * it was earned), to the group boards of the same periods and categories; 'duplicate' (and
   * nothing changed) when the event was added before. `minActiveMembers` is the tenant's own
   * minimum for the average boards, when it set one (else MIN_ACTIVE_MEMBERS_FOR_AVERAGE).
   */
  async add(
    score: Score,
    boards: readonly BoardRef[],
    groupIds: readonly string[] = [],
    minActiveMembers = this.settings.minActiveMembers,
  ): Promise<'added' | 'duplicate'> {
    const { keys, args } = scoreScriptInput(this.rankings.keys, score, boards, groupIds, {
      ...this.settings,
      minActiveMembers,
    });
    const added = await this.redis.rankingsAddScore(keys.length, ...keys, ...args);
    return added === 1 ? 'added' : 'duplicate';
  }

  /**
   * Adds each score as `add` does, in the order given, sending the scripts in pipelines of
   * PIPELINE (one round trip each) rather than one by one: a Kafka batch's way. Throws the first
   * script's error, after the scripts before it have run; a retry adds the rest, each once.
   */
  async addAll(items: readonly ScoreOnBoards[]): Promise<void> {
    for (let from = 0; from < items.length; from += PIPELINE) {
      const pipeline = this.redis.pipeline() as ReturnType<Redis['pipeline']> & {
        rankingsAddScore(keyCount: number, ...keysAndArgs: (string | number)[]): unknown;
      };
      for (const item of items.slice(from, from + PIPELINE)) {
        const { keys, args } = scoreScriptInput(
          this.rankings.keys,
          item.score,
          item.boards,
          item.groupIds,
          {
            ...this.settings,
            minActiveMembers: item.minActiveMembers ?? this.settings.minActiveMembers,
          },
        );
        pipeline.rankingsAddScore(keys.length, ...keys, ...args);
      }
      const replies = (await pipeline.exec()) ?? [];
      const failed = replies.find(([error]) => error);
      if (failed) throw failed[0];
    }
  }
}
