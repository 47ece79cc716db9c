import { setImmediate } from 'node:timers/promises';
import { RankingsKeys } from '../core/rankings-keys';
import { BoardOrders, OrderedBoard } from './board-orders';
import { BoardTally } from './board-tally';
import { RdbType } from './dump-payload';
import { PipelinedWrites } from './pipelined-writes';
import { MAX_PAYLOAD_BYTES, StagedValue } from './staged-value';
import { TallyBoard } from './tally-board';

/** A key written under a staging name: [staging, live, the live key's lifetime in ms, if any]. */
export type StagedKey = [staging: string, live: string, lifetimeMs?: number];

const LAST = 9_999_999_999_999;
// Elements collected between two drains of the values being written.
const SLICE = 1000;

/**
 * Writes one tenant's tally under staging names, in the shape ScoreBoards' script leaves in
 * Redis: each board's sorted set of `<13 digits>:<id>` and its `reached` hash; each group
 * board's totals, averages, active members, their counts and each group's contributions; each
 * day's set of applied events. Each value is loaded by RESTORE of a DUMP payload built here
 * (StagedValue). `stagingOf` names the staging key of a live one (same hash tag); each expires
 * after `ttlMs` unless swapped in. Resolves with the [staging, live, lifetime] of each key
 * written: the lifetime (ms) the live key is to have, `markerMs` for the markers, none for a
 * board; an empty board writes nothing, as Redis keeps no empty key. Throws Redis' error (see
 * PipelinedWrites).
 */
export async function stageTally(
  writes: PipelinedWrites,
  keys: RankingsKeys,
  tenantId: string,
  tally: BoardTally,
  stagingOf: (live: string) => string,
  ttlMs: number,
  markerMs: number,
  orders?: BoardOrders,
): Promise<StagedKey[]> {
  const written: StagedKey[] = [];
  const stage = async (
    values: [StagedValue, string][],
    fill: (from: number) => number,
    lifetime?: number,
  ) => {
    for (let next = 0; next >= 0;) {
      next = fill(next);
      for (const [value] of values) await value.drain(writes);
      // Lets the socket take more of the payloads sent, while the next slice is collected.
      await setImmediate();
    }
    for (const [value, live] of values) {
      await value.end(writes);
      if (value.size > 0) written.push([stagingOf(live), live, lifetime]);
    }
  };
  const value = (live: string, type: RdbType, elements: number) =>
    [new StagedValue(stagingOf(live), type, ttlMs, elements), live] as [StagedValue, string];
  // A board's sorted set and `reached` hash in one pass, from its greatest member down, the
  // order in which Redis loads a sorted set fastest (each member goes in at the head); or, the
  // board sorted and its hash built by the helper (`ordered`), the sorted set alone.
  const putBoard = async (
    board: string,
    reached: string,
    entries: TallyBoard,
    ordered?: OrderedBoard,
  ) => {
    const members = value(board, RdbType.sortedSet, entries.size);
    if (ordered) entries.ordered(ordered.order);
    if (ordered?.reached) {
      await writes.send('restore', [stagingOf(reached), ttlMs, ordered.reached]);
      written.push([stagingOf(reached), reached]);
      await stage([members], (from) =>
        entries.visit(from, SLICE, (id, score, instant) => {
          members[0].add(`${reachedDigits(instant)}:${id}`, score);
        }),
      );
      return;
    }
    const instants = value(reached, RdbType.hash, entries.size);
    await stage([members, instants], (from) =>
      entries.visit(from, SLICE, (id, score, instant) => {
        const digits = reachedDigits(instant);
        members[0].add(`${digits}:${id}`, score);
        instants[0].add(id, digits);
      }),
    );
  };
  // Any other value, from an iterable.
  const put = async <T>(
    live: string,
    type: RdbType,
    [elements, count]: [Iterable<T>, number],
    add: (element: T, into: StagedValue) => void,
    lifetime?: number,
  ) => {
    const staged = value(live, type, count);
    const iterator = elements[Symbol.iterator]();
    const fill = () => {
      for (let n = 0; n < SLICE; n++) {
        const next = iterator.next();
        if (next.done) return -1;
        add(next.value, staged[0]);
      }
      return 0;
    };
    await stage([staged], fill, lifetime);
  };
  // People's boards, the helper (if any) sorting up to two boards ahead of this thread, which
  // writes the markers, a set a day, while the helper sorts the first ones.
  const people = [...tally.people.values()].filter(({ entries }) => entries.size > 0);
  orders?.ids(tally.personIds.ids);
  const ahead: Promise<OrderedBoard>[] = [];
  const orderAhead = (at: number) => {
    while (orders && ahead.length < 2 && at + ahead.length < people.length) {
      const next = orders.order(people[at + ahead.length].entries, MAX_PAYLOAD_BYTES);
      next.catch(() => undefined); // awaited below, unless a write fails first
      ahead.push(next);
    }
  };
  orderAhead(0);
  for (const [day, eventIds] of tally.appliedOn) {
    const markers = keys.appliedOn(tenantId, day);
    const ids: [Iterable<string>, number] = [eventIds, eventIds.length];
    await put(markers, RdbType.set, ids, (id, into) => into.add(id), markerMs);
  }
  for (const [at, { ref, entries }] of people.entries()) {
    orderAhead(at);
    const ordered = await ahead.shift();
    await putBoard(keys.board(tenantId, ref), keys.reached(tenantId, ref), entries, ordered);
  }
  for (const group of tally.groups.values()) {
    const { ref } = group;
    for (const ranking of ['total', 'average'] as const) {
      const board = keys.groupBoard(tenantId, ref, ranking);
      await putBoard(board, keys.groupReached(tenantId, ref, ranking), group[ranking]);
    }
    await put(
      keys.activeMembers(tenantId, ref),
      RdbType.set,
      [group.active, group.active.size],
      (pair, into) => into.add(pair),
    );
    await put(
      keys.activeCounts(tenantId, ref),
      RdbType.hash,
      [group.counts, group.counts.size],
      ([id, n], into) => into.add(id, n),
    );
    for (const [groupId, given] of group.contributions) {
      const contributions = keys.contributions(tenantId, ref, groupId);
      await put(contributions, RdbType.sortedSet, [given, given.size], ([userId, points], into) =>
        into.add(userId, points),
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
