/** A person's joining or leaving of a group, at its event's time (identity's events). */
export interface MembershipChange {
  groupId: string;
  change: 'joined' | 'left';
  at: Date;
  /** The event's id (UUIDv7, so in publishing order): it orders changes of the same instant. */
  eventId: string;
}

/** A stretch of time a person belonged to a group: from `joinedAt`, up to `leftAt` excluded. */
export interface Membership {
  groupId: string;
  joinedAt: Date;
  /** Null while the person is a member. */
  leftAt: Date | null;
}

/**
 * A person's memberships, from their changes in any order, by the events' times (not by
 * arrival): each join opens a membership and the next leave of that group closes it, so a
 * person who rejoins has several. A join while a member, or a leave while none, changes
 * nothing (identity publishes neither, but a replayed event must not break the rest). Ordered
 * by group, then by joining.
 */
export function membershipsOf(changes: readonly MembershipChange[]): Membership[] {
  const sorted = [...changes].sort(
    (a, b) =>
      a.groupId.localeCompare(b.groupId) ||
      a.at.getTime() - b.at.getTime() ||
      a.eventId.localeCompare(b.eventId),
  );
  const memberships: Membership[] = [];
  const open = new Map<string, Membership>();
  for (const { groupId, change, at } of sorted) {
    const current = open.get(groupId);
    if (change === 'joined' && !current) {
      const membership = { groupId, joinedAt: at, leftAt: null };
      memberships.push(membership);
      open.set(groupId, membership);
    } else if (change === 'left' && current) {
      current.leftAt = at;
      open.delete(groupId);
    }
  }
  return memberships;
}
