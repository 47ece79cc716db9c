import { appliedDay, BoardRef, GroupBoardRef } from '../core/rankings-keys';
import { Score } from '../scores/score';
import { TallyBoard, TallyIds } from './tally-board';

/** A group board of one period and category, as ScoreBoards' script keeps it in Redis. */
export interface TallyGroupBoard {
  ref: GroupBoardRef;
  total: TallyBoard;
  average: TallyBoard;
  /** `<groupId>:<userId>` of each active member. */
  active: Set<string>;
  /** Active members by group. */
  counts: Map<string, number>;
  /** By group, what each member added to the group's total (0 stays, as ZINCRBY leaves it). */
  contributions: Map<string, Map<string, number>>;
}

/**
 * One tenant's leaderboards summed in memory, by the very rules of ScoreBoards' script
 * (ADD_SCORE in score-boards.ts), so that a replay of the ledger through `add` ends with the
 * boards the live path would have built from the same scores in the same order: each event
 * once (by its id); a person's score raised by earns and bonuses, lowered by a reversal but
 * never below 0 and never created by one; the instant of an entry the latest of the changes
 * that moved it; a group's total by what its members added while members, a reversal taking
 * back at most what that member contributed; active members (earns only) counted once per
 * group board; and the average (total / active members) kept only while the group has at
 * least `minActiveMembers`. The rebuild's; the live path keeps using the script.
 */
export class BoardTally {
  /** The person boards by `periodId:category`, each with its ref. */
  readonly people = new Map<string, { ref: BoardRef; entries: TallyBoard }>();
  /** The people's ids, numbered for the person boards' columns. */
  readonly personIds = new TallyIds();
  /** The groups' ids, numbered for the group boards' columns. */
  private readonly groupIds = new TallyIds();
  // The person boards by the list of refs itself: a replay hands the same lists over and over.
  private readonly known = new WeakMap<readonly BoardRef[], TallyBoard[]>();
  /** The group boards by `periodId:category`. */
  readonly groups = new Map<string, TallyGroupBoard>();
  /** The ids (lower case) of the events added. */
  readonly applied = new Set<string>();
  /** The same ids by the UTC day of their event (appliedDay): the markers the live path keeps. */
  readonly appliedOn = new Map<string, string[]>();
  // The day of the last event added, its ids, and its bounds (ms): events come day by day.
  private day: { from: number; to: number; ids: string[] } = { from: 0, to: -1, ids: [] };

  /**
   * Adds `score` to the person's `boards` and, for each of `groupIds` (sorted, each once: the
   * person's groups when it was earned), to the group boards of the same periods and
   * categories, as ScoreBoards.add does; 'duplicate' (nothing changed) for an event added
   * before. `minActiveMembers`: the average boards' minimum (at least 1).
   */
  add(
    score: Score,
    boards: readonly BoardRef[],
    groupIds: readonly string[],
    minActiveMembers: number,
  ): 'added' | 'duplicate' {
    if (this.applied.has(score.eventId)) return 'duplicate';
    this.applied.add(score.eventId);
    this.markerDay(score.earnedAt).push(score.eventId);
    const { points } = score;
    const person = this.personIds.numberOf(score.userId);
    const at = score.earnedAt.getTime();
    for (const board of this.personBoards(boards)) {
      const before = board.score(person);
      if (points > 0) board.put(person, (before ?? 0) + points, at);
      else if (before !== undefined) board.put(person, Math.max(0, before + points), at);
    }
    if (groupIds.length === 0) return 'added';
    for (const ref of boards) {
      const board = this.groupBoard(ref);
      for (const groupId of groupIds) {
        addToGroup(board, [groupId, this.groupIds.numberOf(groupId)], score, at, minActiveMembers);
      }
    }
    return 'added';
  }

  // The ids of the day of `earnedAt`, the last day's without asking again.
  private markerDay(earnedAt: Date): string[] {
    const time = earnedAt.getTime();
    if (time < this.day.from || time > this.day.to) {
      const day = appliedDay(earnedAt);
      const from = Date.parse(`${day}T00:00:00.000Z`);
      let ids = this.appliedOn.get(day);
      if (!ids) this.appliedOn.set(day, (ids = []));
      this.day = { from, to: from + 86_399_999, ids };
    }
    return this.day.ids;
  }

  private personBoards(refs: readonly BoardRef[]): TallyBoard[] {
    const known = this.known.get(refs);
    if (known) return known;
    const boards = refs.map((ref) => {
      const key = `${ref.periodId}:${ref.category}`;
      let board = this.people.get(key);
      if (!board) this.people.set(key, (board = { ref, entries: new TallyBoard(this.personIds) }));
      return board.entries;
    });
    this.known.set(refs, boards);
    return boards;
  }

  private groupBoard({ periodId, category }: BoardRef): TallyGroupBoard {
    const key = `${periodId}:${category}`;
    let board = this.groups.get(key);
    if (!board) {
      board = {
        ref: { periodId, category },
        total: new TallyBoard(this.groupIds),
        average: new TallyBoard(this.groupIds),
        active: new Set(),
        counts: new Map(),
        contributions: new Map(),
      };
      this.groups.set(key, board);
    }
    return board;
  }
}

// The script's group loop for one group board and one group.
function addToGroup(
  board: TallyGroupBoard,
  [groupId, group]: [string, number],
  { userId, points, kind }: Score,
  at: number,
  minActiveMembers: number,
): void {
  const contributions = board.contributions.get(groupId);
  const given = contributions?.get(userId) ?? 0;
  const change = points < 0 ? -Math.min(-points, given) : points;
  if (change === 0) return;
  if (contributions) contributions.set(userId, given + change);
  else board.contributions.set(groupId, new Map([[userId, change]]));
  const sum = (board.total.score(group) ?? 0) + change;
  board.total.put(group, sum, at);
  const member = `${groupId}:${userId}`;
  if (kind === 'earned' && !board.active.has(member)) {
    board.active.add(member);
    board.counts.set(groupId, (board.counts.get(groupId) ?? 0) + 1);
  }
  const count = board.counts.get(groupId) ?? 0;
  if (count >= minActiveMembers) board.average.put(group, sum / count, at);
  else board.average.remove(group);
}
