import { GroupRanking } from '@citypoints/http-contracts';
import { Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { GroupBoardRef } from '../core/rankings-keys';
import { RankingsRedis } from '../core/rankings-redis';
import { HiddenPeople } from '../hidden-people/hidden-people';
import { RunStart } from '../leaderboards/rank-places';

// KEYS[2..4] of both reads: the group board by total, its reached hash, the active counts. A
// group's facts: its points and active members, as strings (Redis would truncate numbers).
const FACTS = `
local function facts(id)
  local digits = redis.call('HGET', KEYS[3], id)
  local points = digits and redis.call('ZSCORE', KEYS[2], digits .. ':' .. id)
  return {points or '0', redis.call('HGET', KEYS[4], id) or '0'}
end
local function factsOf(rows)
  local all = {}
  for i = 1, #rows, 2 do all[#all + 1] = facts(string.sub(rows[i], 15)) end
  return all
end
`;

// A page of the board KEYS[1]: its size, how many score more than the page's first (its place
// less one), the page's first position, its rows and each row's facts, in one atomic step.
const READ_PAGE = `${FACTS}
local rows = redis.call('ZREVRANGE', KEYS[1], ARGV[1], ARGV[1] + ARGV[2] - 1, 'WITHSCORES')
local higher = 0
if #rows > 0 then higher = redis.call('ZCOUNT', KEYS[1], '(' .. rows[2], '+inf') end
return {redis.call('ZCARD', KEYS[1]), higher, ARGV[1], rows, factsOf(rows)}
`;

// A group's neighbourhood: ARGV[2] entries either side of group ARGV[1] (its member from the
// board's reached hash, KEYS[5]), as READ_PAGE answers, its 0-based position (-1 when it is not
// on the board) and its own facts.
const READ_AROUND = `${FACTS}
local digits = redis.call('HGET', KEYS[5], ARGV[1])
local position = digits and redis.call('ZREVRANK', KEYS[1], digits .. ':' .. ARGV[1])
if not position then return {redis.call('ZCARD', KEYS[1]), 0, 0, {}, {}, -1, facts(ARGV[1])} end
local first = math.max(0, position - ARGV[2])
local rows = redis.call('ZREVRANGE', KEYS[1], first, position + ARGV[2], 'WITHSCORES')
local higher = redis.call('ZCOUNT', KEYS[1], '(' .. rows[2], '+inf')
return {redis.call('ZCARD', KEYS[1]), higher, first, rows, factsOf(rows), position, facts(ARGV[1])}
`;

// A page of group ARGV[1]'s contributions (KEYS[1]), most first, with whether each member is
// in the board's active members (KEYS[2]), and how many contributed; the tenant's hidden
// people (KEYS[3], its version KEYS[4]: false while Redis holds no copy) left out, as on the
// people boards: the page at offset ARGV[2] among those shown starts at board position ARGV[2]
// plus the hidden members ranked at or before it, and reads as many more as are hidden.
const READ_CONTRIBUTIONS = `
if redis.call('EXISTS', KEYS[4]) == 0 then return false end
local hidden, skip = {}, {}
for _, id in ipairs(redis.call('SMEMBERS', KEYS[3])) do
  local rank = redis.call('ZREVRANK', KEYS[1], id)
  if rank then
    hidden[#hidden + 1] = rank
    skip[id] = true
  end
end
table.sort(hidden)
local offset, limit = tonumber(ARGV[2]), tonumber(ARGV[3])
local first = offset
for _, rank in ipairs(hidden) do
  if rank <= first then first = first + 1 end
end
local got = redis.call('ZREVRANGE', KEYS[1], first, first + limit + #hidden - 1, 'WITHSCORES')
local rows, active = {}, {}
for i = 1, #got, 2 do
  if not skip[got[i]] and #rows < 2 * limit then
    rows[#rows + 1] = got[i]
    rows[#rows + 1] = got[i + 1]
    active[#active + 1] = redis.call('SISMEMBER', KEYS[2], ARGV[1] .. ':' .. got[i])
  end
end
return {redis.call('ZCARD', KEYS[1]) - #hidden, rows, active}
`;

type Facts = [points: string, activeMembers: string];
type PageReply = [total: number, higher: number, first: number | string, rows: string[], Facts[]];
type RedisWithGroupReads = Redis & {
  rankingsReadGroupPage(...keysAndArgs: (string | number)[]): Promise<PageReply>;
  rankingsReadGroupAround(
    ...keysAndArgs: (string | number)[]
  ): Promise<[...PageReply, position: number, own: Facts]>;
  rankingsReadContributions(
    ...keysAndArgs: (string | number)[]
  ): Promise<[total: number, rows: string[], active: number[]] | null>;
};

/** A group on a group board, as read. */
export interface GroupBoardEntry {
  groupId: string;
  /** What the board ranks by: its points, or its points per active member. */
  score: number;
  points: number;
  activeMembers: number;
}

/** Consecutive entries of a group board, best first, as read in one step. */
export interface GroupRun {
  /** Groups on the whole board. */
  total: number;
  /** Where the run begins, to place its entries (rankPlaces). */
  start: RunStart;
  entries: GroupBoardEntry[];
}

/** One member's part of a group's points on a group board. */
export interface Contribution {
  userId: string;
  points: number;
  active: boolean;
}

/** Reads group leaderboards from Redis, each read one script: a consistent view of one board. */
@Injectable()
export class GroupBoardReads {
  private readonly redis: RedisWithGroupReads;

  constructor(
    private readonly rankings: RankingsRedis,
    private readonly hiddenPeople: HiddenPeople,
  ) {
    const { client } = rankings;
    client.defineCommand('rankingsReadGroupPage', { numberOfKeys: 4, lua: READ_PAGE });
    client.defineCommand('rankingsReadGroupAround', { numberOfKeys: 5, lua: READ_AROUND });
    client.defineCommand('rankingsReadContributions', {
      numberOfKeys: 4,
      lua: READ_CONTRIBUTIONS,
    });
    this.redis = client as RedisWithGroupReads;
  }

  /** `limit` groups of the board by `ranking` from the 0-based position `offset`. */
  async page(
    tenantId: string,
    board: GroupBoardRef,
    ranking: GroupRanking,
    offset: number,
    limit: number,
  ): Promise<GroupRun> {
    const reply = await this.redis.rankingsReadGroupPage(
      ...this.boardKeys(tenantId, board, ranking),
      offset,
      limit,
    );
    return runOf(reply);
  }

  /**
   * The group's entry with up to `span` entries either side, its index in the run (-1 and no
   * entries while it is not on the board) and its points and active members in any case.
   */
  async around(
    tenantId: string,
    board: GroupBoardRef,
    ranking: GroupRanking,
    groupId: string,
    span: number,
  ): Promise<GroupRun & { index: number; own: Omit<GroupBoardEntry, 'score' | 'groupId'> }> {
    const keys = this.boardKeys(tenantId, board, ranking);
    const reached = this.rankings.keys.groupReached(tenantId, board, ranking);
    const reply = await this.redis.rankingsReadGroupAround(...keys, reached, groupId, span);
    const [total, higher, first, rows, facts, position, own] = reply;
    const run = runOf([total, higher, first, rows, facts]);
    return {
      ...run,
      index: position < 0 ? -1 : position - (run.start.position - 1),
      own: { points: Number(own[0]), activeMembers: Number(own[1]) },
    };
  }

  /** The groups on the board. */
  size(tenantId: string, board: GroupBoardRef, ranking: GroupRanking): Promise<number> {
    return this.rankings.client.zcard(this.rankings.keys.groupBoard(tenantId, board, ranking));
  }

  /**
   * `limit` of the group's contributions from `offset`, most points first, and their number;
   * the people a tenant admin hid are neither listed nor counted (their points still count
   * for the group). A read that finds no copy of the hidden people in Redis copies them first.
   */
  async contributions(
    tenantId: string,
    board: GroupBoardRef,
    groupId: string,
    offset: number,
    limit: number,
  ): Promise<{ total: number; contributions: Contribution[] }> {
    const { keys } = this.rankings;
    const read = () =>
      this.redis.rankingsReadContributions(
        keys.contributions(tenantId, board, groupId),
        keys.activeMembers(tenantId, board),
        keys.hiddenPeople(tenantId),
        keys.hiddenPeopleVersion(tenantId),
        groupId,
        offset,
        limit,
      );
    let reply = await read();
    if (reply === null) {
      await this.hiddenPeople.restore(tenantId);
      reply = await read();
    }
    if (reply === null) throw new Error(`Redis holds no copy of the hidden people of ${tenantId}`);
    const [total, rows, active] = reply;
    const contributions: Contribution[] = [];
    for (let i = 0; i < rows.length; i += 2) {
      contributions.push({
        userId: rows[i],
        points: Number(rows[i + 1]),
        active: active[i / 2] === 1,
      });
    }
    return { total, contributions };
  }

  private boardKeys(tenantId: string, board: GroupBoardRef, ranking: GroupRanking): string[] {
    const { keys } = this.rankings;
    return [
      keys.groupBoard(tenantId, board, ranking),
      keys.groupBoard(tenantId, board, 'total'),
      keys.groupReached(tenantId, board, 'total'),
      keys.activeCounts(tenantId, board),
    ];
  }
}

function runOf([total, higher, first, rows, facts]: PageReply): GroupRun {
  const entries: GroupBoardEntry[] = [];
  // A member is `<13 digits>:<groupId>` (see ScoreBoards).
  for (let i = 0; i < rows.length; i += 2) {
    const [points, activeMembers] = facts[i / 2];
    entries.push({
      groupId: rows[i].slice(14),
      score: Number(rows[i + 1]),
      points: Number(points),
      activeMembers: Number(activeMembers),
    });
  }
  return { total, start: { position: Number(first) + 1, place: higher + 1 }, entries };
}
