import { Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { BoardRef } from '../core/rankings-keys';
import { RankingsRedis } from '../core/rankings-redis';
import { RunStart } from './rank-places';

// A page: the board's size, its entries from ARGV[1] (0-based) on, and how many score more
// than the first of them (its place less one), read in one atomic step.
const READ_PAGE = `
local rows = redis.call('ZREVRANGE', KEYS[1], ARGV[1], ARGV[1] + ARGV[2] - 1, 'WITHSCORES')
local higher = 0
if #rows > 0 then higher = redis.call('ZCOUNT', KEYS[1], '(' .. rows[2], '+inf') end
return {redis.call('ZCARD', KEYS[1]), higher, ARGV[1], rows}
`;

// A person's neighbourhood: ARGV[2] entries either side of ARGV[1] (their member from the
// board's reached hash), as READ_PAGE answers, and the person's own 0-based position.
const READ_AROUND = `
local digits = redis.call('HGET', KEYS[2], ARGV[1])
local position = digits and redis.call('ZREVRANK', KEYS[1], digits .. ':' .. ARGV[1])
if not position then return {redis.call('ZCARD', KEYS[1]), 0, 0, {}, -1} end
local first = math.max(0, position - ARGV[2])
local rows = redis.call('ZREVRANGE', KEYS[1], first, position + ARGV[2], 'WITHSCORES')
local higher = redis.call('ZCOUNT', KEYS[1], '(' .. rows[2], '+inf')
return {redis.call('ZCARD', KEYS[1]), higher, first, rows, position}
`;

type Reply = [total: number, higher: number, first: number | string, rows: string[]];
type RedisWithReads = Redis & {
  rankingsReadPage(board: string, offset: number, limit: number): Promise<Reply>;
  rankingsReadAround(
    board: string,
    reached: string,
    userId: string,
    span: number,
  ): Promise<[...Reply, position: number]>;
};

/** Consecutive entries of a board, best first, as read in one step. */
export interface BoardRun {
  /** Entries on the whole board. */
  total: number;
  /** Where the run begins, to place its entries (rankPlaces). */
  start: RunStart;
  entries: { userId: string; score: number }[];
}

/** Reads leaderboards from Redis, each read one script: a consistent view of one board. */
@Injectable()
export class BoardReads {
  private readonly redis: RedisWithReads;

  constructor(private readonly rankings: RankingsRedis) {
    rankings.client.defineCommand('rankingsReadPage', { numberOfKeys: 1, lua: READ_PAGE });
    rankings.client.defineCommand('rankingsReadAround', { numberOfKeys: 2, lua: READ_AROUND });
    this.redis = rankings.client as RedisWithReads;
  }

  /** `limit` entries from the 0-based position `offset`. */
  async page(tenantId: string, board: BoardRef, offset: number, limit: number): Promise<BoardRun> {
    const key = this.rankings.keys.board(tenantId, board);
    return runOf(await this.redis.rankingsReadPage(key, offset, limit));
  }

  /**
   * The person's entry with up to `span` entries either side, and its index in the run; no
   * entries and index -1 while they have no points on the board.
   */
  async around(
    tenantId: string,
    board: BoardRef,
    userId: string,
    span: number,
  ): Promise<BoardRun & { index: number }> {
    const { keys } = this.rankings;
    const reply = await this.redis.rankingsReadAround(
      keys.board(tenantId, board),
      keys.reached(tenantId, board),
      userId,
      span,
    );
    const run = runOf([reply[0], reply[1], reply[2], reply[3]]);
    const position = reply[4];
    return { ...run, index: position < 0 ? -1 : position - (run.start.position - 1) };
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
