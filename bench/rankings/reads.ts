import { DEFAULT_STANDING_SPAN } from '@citypoints/http-contracts';
import Redis from 'ioredis';
import { Pool } from 'undici';
import { Latency, ratios, sequentialLatency } from './latencies';

/** Who reads, and how: Redis itself, rankings' internal API and the gateway's public one. */
export interface ReadTargets {
  redis: Redis;
  /** The board's sorted set. */
  board: string;
  /** People on the board (`<13 digits>:<userId>`) whose neighbourhood Redis and rankings read. */
  members: readonly string[];
  /** Rankings' internal API, kept alive, its service token, and the board's path there. */
  service: { pool: Pool; authorization: string; boardPath: string };
  /** The gateway's public API, kept alive, and the access tokens of citizens on the board. */
  gateway: { pool: Pool; tokens: readonly string[] };
}

interface Board {
  entries: unknown[];
}

interface Standing {
  entry: { userId: string } | null;
}

/**
 * p50/p99 of reading the top 10 and a person's place with DEFAULT_STANDING_SPAN people either
 * side, one read at a time: from Redis (ZREVRANGE; ZREVRANK then ZREVRANGE, two round trips),
 * from rankings (one script each, with hidden people and places) and through the gateway (a
 * citizen's token checked, rate limit, names from identity); the ratios to Redis. Each answer
 * is checked once before it is timed.
 */
export async function measureReads(targets: ReadTargets, samples: number, warmUp: number) {
  const { redis, board, members, service, gateway } = targets;
  const span = DEFAULT_STANDING_SPAN;
  const member = (i: number) => members[i % members.length];
  const serviceGet = <T>(path: string) =>
    getJson<T>(service.pool, `${service.boardPath}${path}`, service.authorization);
  const gatewayGet = <T>(path: string, i: number) =>
    getJson<T>(gateway.pool, `/api/v1/leaderboards/people${path}`, gatewayBearer(gateway, i));
  const top10 = {
    raw: () => redis.zrevrange(board, 0, 9, 'WITHSCORES'),
    service: () => serviceGet<Board>('?limit=10'),
    gateway: (i: number) => gatewayGet<Board>('?period=all&limit=10', i),
  };
  const aroundMe = {
    raw: async (i: number) => {
      const rank = await redis.zrevrank(board, member(i));
      if (rank === null) throw new Error(`${member(i)} is not on the board`);
      return redis.zrevrange(board, Math.max(0, rank - span), rank + span, 'WITHSCORES');
    },
    service: (i: number) => serviceGet<Standing>(`/around/${member(i).slice(14)}`),
    gateway: (i: number) => gatewayGet<Standing>('/me?period=all', i),
  };
  await checkAnswers(top10, aroundMe);
  const figures = async (
    reads: Record<'raw' | 'service' | 'gateway', (i: number) => Promise<unknown>>,
  ) => {
    const raw = await sequentialLatency(samples, warmUp, reads.raw);
    const at = {
      raw,
      service: await sequentialLatency(samples, warmUp, reads.service),
      gateway: await sequentialLatency(samples, warmUp, reads.gateway),
    };
    const ratio = { service: ratios(at.service, raw), gateway: ratios(at.gateway, raw) };
    return { ...at, ratio };
  };
  return { top10: await figures(top10), aroundMe: await figures(aroundMe) };
}

export type Reads = Awaited<ReturnType<typeof measureReads>>;
export type { Latency };

async function checkAnswers(
  top10: Record<'raw' | 'service' | 'gateway', (i: number) => Promise<unknown>>,
  aroundMe: Record<'service' | 'gateway', (i: number) => Promise<Standing>>,
) {
  for (const name of ['service', 'gateway'] as const) {
    const page = (await top10[name](0)) as Board;
    if (page.entries.length !== 10) throw new Error(`${name}'s top 10 has ${page.entries.length}`);
    if ((await aroundMe[name](0)).entry === null) throw new Error(`${name} finds nobody's place`);
  }
}

function gatewayBearer(gateway: ReadTargets['gateway'], i: number): string {
  return `Bearer ${gateway.tokens[i % gateway.tokens.length]}`;
}

async function getJson<T>(pool: Pool, path: string, authorization: string): Promise<T> {
  const answer = await pool.request({ method: 'GET', path, headers: { authorization } });
  const body = await answer.body.json();
  if (answer.statusCode !== 200) {
    throw new Error(`GET ${path} answered ${answer.statusCode}: ${JSON.stringify(body)}`);
  }
  return body as T;
}
