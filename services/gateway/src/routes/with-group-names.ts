import {
  GroupLeaderboardPageDto,
  GroupNamesDto,
  GroupStandingDto,
  MemberGroupsStandingDto,
} from '@citypoints/http-contracts';
import { PartRequest, RouteCall } from './gateway-route';

type GroupBoard = GroupLeaderboardPageDto | GroupStandingDto | MemberGroupsStandingDto;

function groupsOf(board: GroupBoard): string[] {
  if ('entries' in board) return board.entries.map((entry) => entry.groupId);
  if ('groups' in board) return board.groups.map((group) => group.groupId);
  const around = [...(board.entry ? [board.entry] : []), ...board.above, ...board.below];
  return [board.groupId, ...around.map((entry) => entry.groupId)];
}

/**
 * Identity's batch look-up (POST /tenants/:tenant/group-names) of the groups on a page of a
 * group board, around a group or of a person, each once (at most 100, or 1 + 51, or a person's
 * groups, under its limit of 200); none when the board shows no group.
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
  if ('groups' in answer) {
    const groups = answer.groups.map((group) => ({
      ...named(group),
      entry: group.entry && named(group.entry),
    }));
    return { ...answer, groups };
  }
  return {
    ...named(answer),
    entry: answer.entry && named(answer.entry),
    above: answer.above.map(named),
    below: answer.below.map(named),
  };
}
