import { RankingsKeys } from '../core/rankings-keys';
import { BoardTally } from './board-tally';
import { TallyBoard } from './tally-board';
import { PipelinedWrites } from './pipelined-writes';

const LAST = 9_999_999_999_999;
// Members of a board per ZADD and HSET.
const CHUNK = 1000;

/**
 * Writes one tenant's tally under staging names, in the shape ScoreBoards' script leaves in
 * Redis: each board's sorted set of `<13 digits>:<id>` and its `reached` hash; each group
 * board's totals, averages, active members, their counts and each group's contributions.
 * `stagingOf` names the staging key of a live one (same hash tag); each expires after `ttlMs`
 * unless swapped in. Resolves with the [staging, live] names written; an empty board writes
 * nothing, as Redis keeps no empty key. Throws Redis' error (see PipelinedWrites).
 */
export async function stageTally(
  writes: PipelinedWrites,
  keys: RankingsKeys,
  tenantId: string,
  tally: BoardTally,
  stagingOf: (live: string) => string,
  ttlMs: number,
): Promise<[string, string][]> {
  const written: [string, string][] = [];
  const put = async <T>(
    live: string,
    command: 'zadd' | 'hset' | 'sadd',
    members: { size: number } & Iterable<T>,
    items: (member: T, into: (string | number)[]) => void,
  ) => {
    if (members.size === 0) return;
    const staging = stagingOf(live);
    await writes.bulk(command, staging, members, items);
    await writes.send('pexpire', [staging, ttlMs]);
    written.push([staging, live]);
  };
  // A board's sorted set and `reached` hash in one pass, CHUNK members a command each.
  const putBoard = async (board: string, reached: string, entries: TallyBoard) => {
    if (entries.size === 0) return;
    const [members, instants] = [stagingOf(board), stagingOf(reached)];
    for (let next = 0; next >= 0;) {
      const zadd: (string | number)[] = [members];
      const hset: string[] = [instants];
      next = entries.visit(next, CHUNK, (id, score, instant) => {
        const digits = reachedDigits(instant);
        zadd.push(score, `${digits}:${id}`);
        hset.push(id, digits);
      });
      if (zadd.length === 1) break;
      await writes.send('zadd', zadd);
      await writes.send('hset', hset);
    }
    for (const [staging, live] of [
      [members, board],
      [instants, reached],
    ]) {
      await writes.send('pexpire', [staging, ttlMs]);
      written.push([staging, live]);
    }
  };
  for (const { ref, entries } of tally.people.values()) {
    await putBoard(keys.board(tenantId, ref), keys.reached(tenantId, ref), entries);
  }
  for (const group of tally.groups.values()) {
    const { ref } = group;
    for (const ranking of ['total', 'average'] as const) {
      const board = keys.groupBoard(tenantId, ref, ranking);
      await putBoard(board, keys.groupReached(tenantId, ref, ranking), group[ranking]);
    }
    await put(keys.activeMembers(tenantId, ref), 'sadd', group.active, (pair, into) => {
      into.push(pair);
    });
    await put(keys.activeCounts(tenantId, ref), 'hset', group.counts, (count, into) => {
      into.push(...count);
    });
    for (const [groupId, given] of group.contributions) {
      await put(
        keys.contributions(tenantId, ref, groupId),
        'zadd',
        given,
        ([userId, points], into) => {
          into.push(points, userId);
        },
      );
    }
  }
  return written;
}

/**
 * The 13 digits of LAST less `instant` (ms), as the script's `string.format('%013.0f', ...)`
 * writes them: zero-padded to 13 characters, sign included.
 */
export function reachedDigits(instant: number): string {
  const left = LAST - instant;
  return left < 0 ? `-${String(-left).padStart(12, '0')}` : String(left).padStart(13, '0');
}
