import { appliedDay, BoardRef, RankingsKeys } from '../core/rankings-keys';
import { Score } from './score';

/** How ScoreBoards' script is called: its keys, then its arguments (see ADD_SCORE). */
export interface ScoreScriptInput {
  keys: string[];
  args: (string | number)[];
}

/** What the script needs besides the score: the marker's lifetime and the average's minimum. */
export interface ScoreScriptSettings {
  /** How long the event's day of markers lives after its last one (ms): EVENT_DEDUPE_DAYS. */
  markerMs: number;
  /** The active members a group needs to be on an average board (at least 1). */
  minActiveMembers: number;
}

/** The keys one group board adds per board: read by the script in this order. */
export const GROUP_BOARD_KEYS = 6;

/**
 * The script's input for adding `score` to the person's `boards` and to the same period's and
 * category's board of each of `groupIds` (the groups the person belonged to when it was
 * earned). Every key is the score's tenant's, so the script runs in one Redis Cluster slot.
 *
 * KEYS: the set of markers of the event's day (appliedOn); each person's board and its
 * `reached` hash; then, only when there are groups, for each board: the group board by total
 * and its `reached`, by average and its `reached`, its active members' set and their counts'
 * hash (GROUP_BOARD_KEYS), followed by each group's contributions; last, the event's marker of
 * the former kind (RankingsKeys.applied).
 * ARGV: the markers' lifetime (ms), the person, the points, the instant earned (ms), the number
 * of boards, 1 when the score is a participation's (it makes the person active), the minimum
 * of active members, the number of groups, each group's id, and last the event's id.
 */
export function scoreScriptInput(
  keys: RankingsKeys,
  score: Score,
  boards: readonly BoardRef[],
  groupIds: readonly string[],
  settings: ScoreScriptSettings,
): ScoreScriptInput {
  const tenant = score.tenantId;
  const people = boards.flatMap((board) => [
    keys.board(tenant, board),
    keys.reached(tenant, board),
  ]);
  const groupBoard = ({ periodId, category }: BoardRef) => [
    keys.groupBoard(tenant, { periodId, category }, 'total'),
    keys.groupReached(tenant, { periodId, category }, 'total'),
    keys.groupBoard(tenant, { periodId, category }, 'average'),
    keys.groupReached(tenant, { periodId, category }, 'average'),
    keys.activeMembers(tenant, { periodId, category }),
    keys.activeCounts(tenant, { periodId, category }),
    ...groupIds.map((groupId) => keys.contributions(tenant, { periodId, category }, groupId)),
  ];
  const groups = groupIds.length === 0 ? [] : boards.flatMap(groupBoard);
  return {
    keys: [
      keys.appliedOn(tenant, appliedDay(score.earnedAt)),
      ...people,
      ...groups,
      keys.applied(tenant, score.eventId),
    ],
    args: [
      settings.markerMs,
      score.userId,
      score.points,
      score.earnedAt.getTime(),
      boards.length,
      score.kind === 'earned' ? 1 : 0,
      settings.minActiveMembers,
      groupIds.length,
      ...groupIds,
      score.eventId,
    ],
  };
}
