import { Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { BoardRef } from '../core/rankings-keys';
import { RankingsRedis } from '../core/rankings-redis';
import { HiddenPeople } from '../hidden-people/hidden-people';
import { RunStart } from './rank-places';

// What both reads share. KEYS: the board's sorted set, its reached hash, the tenant's set of
// hidden people and that set's version (absent while Redis holds no copy of it).
//
// hiddenOnBoard: the hidden people who are on the board, as {member, rank, score} by rank
// (0-based, best first). ZMSCORE reads their scores at once; the set is small (at most
// MAX_HIDDEN_PEOPLE), so a read costs a ZREVRANK per hidden person on top of its range.
// visibleAbove: how many people who are not hidden score more than `score` (as Redis wrote
// it), so that a place counts only the people it is shown among.
const HIDDEN = `
local function hiddenOnBoard()
  local found, members = {}, {}
  local people = redis.call('SMEMBERS', KEYS[3])
  if #people == 0 then return found end
  local digits = redis.call('HMGET', KEYS[2], unpack(people))
  for i = 1, #people do
    if digits[i] then members[#members + 1] = digits[i] .. ':' .. people[i] end
  end
  if #members == 0 then return found end
  local scores = redis.call('ZMSCORE', KEYS[1], unpack(members))
  for i = 1, #members do
    if scores[i] then
      local rank = redis.call('ZREVRANK', KEYS[1], members[i])
      found[#found + 1] = {members[i], rank, tonumber(scores[i])}
    end
  end
  table.sort(found, function(a, b) return a[2] < b[2] end)
  return found
end

local function visibleAbove(score, hidden)
  local count = redis.call('ZCOUNT', KEYS[1], '(' .. score, '+inf')
  for _, entry in ipairs(hidden) do
    if entry[3] > tonumber(score) then count = count - 1 end
  end
  return count
end

if redis.call('EXISTS', KEYS[4]) == 0 then return false end
local hidden = hiddenOnBoard()
local skip = {}
for _, entry in ipairs(hidden) do skip[entry[1]] = true end
local total = redis.call('ZCARD', KEYS[1]) - #hidden
`;

// A page: ARGV[2] visible entries from the visible position ARGV[1] (0-based) on. The board
// position of that entry is the visible one plus the hidden people ranked at or before it;
// up to #hidden more entries are read, so that the page is full once they are left out.
// Answers the visible total, how many visible people score more than the page's first (its
// place less one), the page's first visible position and its rows.
const READ_PAGE = `${HIDDEN}
local offset, limit = tonumber(ARGV[1]), tonumber(ARGV[2])
local first = offset
for _, entry in ipairs(hidden) do
  if entry[2] <= first then first = first + 1 end
end
local rows = {}
local got = redis.call('ZREVRANGE', KEYS[1], first, first + limit + #hidden - 1, 'WITHSCORES')
for i = 1, #got, 2 do
  if not skip[got[i]] and #rows < 2 * limit then
    rows[#rows + 1] = got[i]
    rows[#rows + 1] = got[i + 1]
  end
end
local higher = 0
if #rows > 0 then higher = visibleAbove(rows[2], hidden) end
return {total, higher, offset, rows}
`;

// A person's neighbourhood: ARGV[2] visible entries either side of ARGV[1] (their member from
// the board's reached hash), as READ_PAGE answers, and the person's own visible position
// (0-based); -1 and no rows while they have no points on the board or are hidden themselves.
const READ_AROUND = `${HIDDEN}
local user, span = ARGV[1], tonumber(ARGV[2])
local digits = redis.call('HGET', KEYS[2], user)
local member = digits and digits .. ':' .. user
local position = member and redis.call('SISMEMBER', KEYS[3], user) == 0
  and redis.call('ZREVRANK', KEYS[1], member)
if not position then return {total, 0, 0, {}, -1} end
local hiddenAbove = 0
for _, entry in ipairs(hidden) do
  if entry[2] < position then hiddenAbove = hiddenAbove + 1 end
end
local got = redis.call('ZREVRANGE', KEYS[1], math.max(0, position - span - hiddenAbove),
  position + span + #hidden - hiddenAbove, 'WITHSCORES')
local visible, mine = {}, 0
for i = 1, #got, 2 do
  if not skip[got[i]] then
    visible[#visible + 1] = i
    if got[i] == member then mine = #visible end
  end
end
local from, to = math.max(1, mine - span), math.min(#visible, mine + span)
local rows = {}
for v = from, to do
  rows[#rows + 1] = got[visible[v]]
  rows[#rows + 1] = got[visible[v] + 1]
end
local place = position - hiddenAbove
return {total, visibleAbove(rows[2], hidden), place - (mine - from), rows, place}
`;

type Reply = [total: number, higher: number, first: number | string, rows: string[]];
type BoardKeys = [board: string, reached: string, hidden: string, hiddenVersion: string];
// Null while Redis holds no copy of the tenant's hidden people.
type RedisWithReads = Redis & {
  rankingsReadPage(...keysAndArgs: [...BoardKeys, number, number]): Promise<Reply | null>;
  rankingsReadAround(
    ...keysAndArgs: [...BoardKeys, string, number]
  ): Promise<[...Reply, position: number] | null>;
};

/** Consecutive entries of a board, best first, as read in one step. */
export interface BoardRun {
  /** Entries on the whole board, hidden people left out. */
  total: number;
  /** Where the run begins, to place its entries (rankPlaces). */
  start: RunStart;
  entries: { userId: string; score: number }[];
}

/**
 * Reads leaderboards from Redis, each read one script: a consistent view of one board and of
 * the tenant's hidden people, whom it leaves out. Positions and places count only the people
 * shown (competition ranking among them), so that nobody sees a gap where a hidden person is.
 */
@Injectable()
export class BoardReads {
  private readonly redis: RedisWithReads;

  constructor(
    private readonly rankings: RankingsRedis,
    private readonly hiddenPeople: HiddenPeople,
  ) {
    rankings.client.defineCommand('rankingsReadPage', { numberOfKeys: 4, lua: READ_PAGE });
    rankings.client.defineCommand('rankingsReadAround', { numberOfKeys: 4, lua: READ_AROUND });
    this.redis = rankings.client as RedisWithReads;
  }

  /** `limit` entries from the 0-based position `offset` among the people shown. */
  async page(tenantId: string, board: BoardRef, offset: number, limit: number): Promise<BoardRun> {
    const keys = this.keysOf(tenantId, board);
    return runOf(
      await this.read(tenantId, () => this.redis.rankingsReadPage(...keys, offset, limit)),
    );
  }

  /**
   * The person's entry with up to `span` entries either side, and its index in the run; no
   * entries and index -1 while they have no points on the board, or are hidden.
   */
  async around(
    tenantId: string,
    board: BoardRef,
    userId: string,
    span: number,
  ): Promise<BoardRun & { index: number }> {
    const keys = this.keysOf(tenantId, board);
    const reply = await this.read(tenantId, () =>
      this.redis.rankingsReadAround(...keys, userId, span),
    );
    const run = runOf([reply[0], reply[1], reply[2], reply[3]]);
    const position = reply[4];
    return { ...run, index: position < 0 ? -1 : position - (run.start.position - 1) };
  }

  private keysOf(tenantId: string, board: BoardRef): BoardKeys {
    const { keys } = this.rankings;
    return [
      keys.board(tenantId, board),
      keys.reached(tenantId, board),
      keys.hiddenPeople(tenantId),
      keys.hiddenPeopleVersion(tenantId),
    ];
  }

  // A read that finds no copy of the hidden people in Redis copies them from Postgres first.
  private async read<T>(tenantId: string, script: () => Promise<T | null>): Promise<T> {
    const read = await script();
    if (read !== null) return read;
    await this.hiddenPeople.restore(tenantId);
    const again = await script();
    if (again !== null) return again;
    throw new Error(`Redis holds no copy of the hidden people of ${tenantId}`);
  }
}

function runOf([total, higher, first, rows]: Reply): BoardRun {
  const entries: BoardRun['entries'] = [];
  // A member is `<13 digits>:<userId>` (see ScoreBoards).
  for (let i = 0; i < rows.length; i += 2) {
    entries.push({ userId: rows[i].slice(14), score: Number(rows[i + 1]) });
  }
  return { total, start: { position: Number(first) + 1, place: higher + 1 }, entries };
}
