import { MembershipChange, membershipsOf } from './memberships-of';

/**
 * The groups a person belonged to at `at` (a joining at that very instant counts, a leaving at
 * it does not), from their membership changes: the groups whose boards a score earned then
 * adds to, since a group's score counts what its members earned while members (issue 13).
 * Sorted, each once.
 */
export function groupsAt(changes: readonly MembershipChange[], at: Date): string[] {
  const time = at.getTime();
  const groups = membershipsOf(changes)
    .filter((m) => m.joinedAt.getTime() <= time && (m.leftAt === null || time < m.leftAt.getTime()))
    .map((m) => m.groupId);
  return [...new Set(groups)];
}
