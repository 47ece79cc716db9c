import {
  GroupLeaderboardPageDto,
  GroupNamesDto,
  GroupStandingDto,
} from '@citypoints/http-contracts';
import { PartRequest, RouteCall } from './gateway-route';

type GroupBoard = GroupLeaderboardPageDto | GroupStandingDto;

function groupsOf(board: GroupBoard): string[] {
  if ('entries' in board) return board.entries.map((entry) => entry.groupId);
  const around = [...(board.entry ? [board.entry] : []), ...board.above, ...board.below];
  return [board.groupId, ...around.map((entry) => entry.groupId)];
}

/**
 * Identity's batch look-up (POST /tenants/:tenant/group-names) of the groups on a page of a
 * group board or around a group, each once (at most 100, or 1 + 51, under its limit of 200);
 * none when the board shows no group.
 */
export function groupNamesPart(board: unknown, call: RouteCall): PartRequest | undefined {
  const groupIds = [...new Set(groupsOf(board as GroupBoard))];
  if (groupIds.length === 0) return undefined;
  return { service: 'identity', path: `/tenants/${call.tenant}/group-names`, body: { groupIds } };
}

/** The group board with `name` on each group identity names (and on the standing's group). */
export function withGroupNames(board: unknown, part: unknown): unknown {
  const { names } = (part as GroupNamesDto | undefined) ?? { names: {} };
  const named = <T extends { groupId: string }>(group: T): T => {
    const name = names[group.groupId.toLowerCase()];
    return typeof name === 'string' ? { ...group, name } : group;
  };
  const answer = board as GroupBoard;
  if ('entries' in answer) return { ...answer, entries: answer.entries.map(named) };
  return {
    ...named(answer),
    entry: answer.entry && named(answer.entry),
    above: answer.above.map(named),
    below: answer.below.map(named),
  };
}
