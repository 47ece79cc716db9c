import Redis from 'ioredis';

/** 9999999999999 less an instant (ms): the 13 digits of a board member (rankings' ScoreBoards). */
const LAST = 9_999_999_999_999;
const BATCH = 1000;

/**
 * The one-million-odd people of a benchmark's board: the person at `index` has a made-up id in
 * UUID v4 form, `<run>-0000-4000-8000-<index in hex>`, unique to the run, in lower case as
 * rankings keeps ids.
 */
export function personId(run: string, index: number): string {
  return `${run}-0000-4000-8000-${index.toString(16).padStart(12, '0')}`;
}

/** A board member as rankings writes it: `<13 digits>:<userId>`, reached at `instant` (ms). */
export function memberOf(userId: string, instant: number): string {
  return `${String(LAST - instant).padStart(13, '0')}:${userId}`;
}

/**
 * Fills a board directly, as the scoring script would have left it: `count` people of `run`
 * (personId), then `extra` ids, each scored 1–100,000 points reached at a random instant of the
 * last year, in the sorted set `board` and its hash `reached` (userId → 13 digits), with
 * pipelined ZADD and HSET of BATCH people each. Resolves with the members of `extra`.
 */
export async function fillBoard(
  redis: Redis,
  keys: { board: string; reached: string },
  run: string,
  count: number,
  extra: readonly string[],
): Promise<string[]> {
  const now = Date.now();
  const ids = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, i) =>
      from + i < count ? personId(run, from + i) : extra[from + i - count],
    );
  const extraMembers: string[] = [];
  const total = count + extra.length;
  for (let from = 0; from < total; from += BATCH * 10) {
    const pipeline = redis.pipeline();
    for (let start = from; start < Math.min(total, from + BATCH * 10); start += BATCH) {
      const zadd: (string | number)[] = [];
      const hset: string[] = [];
      for (const userId of ids(start, Math.min(total, start + BATCH))) {
        const member = memberOf(userId, now - Math.floor(Math.random() * 365 * 86_400_000));
        zadd.push(1 + Math.floor(Math.random() * 100_000), member);
        hset.push(userId, member.slice(0, 13));
        if (extra.includes(userId)) extraMembers.push(member);
      }
      pipeline.zadd(keys.board, ...zadd).hset(keys.reached, ...hset);
    }
    await pipeline.exec();
  }
  return extraMembers;
}
