import { DomainError, GroupKind } from '@citypoints/contracts';
import { Injectable } from '@nestjs/common';
import { GroupBoardRemoval } from './group-board-removal';
import { GroupMembershipsStore } from './group-memberships.store';
import { groupsAt } from './groups-at';

/** A joining or leaving as identity published it: the event's id, tenant and time. */
export interface MembershipEvent {
  eventId: string;
  tenantId: string;
  groupId: string;
  userId: string;
  at: Date;
}

/**
 * Each tenant's groups and who belonged to them when, kept from identity's events, for the
 * group boards. The event's time decides: a score counts for the groups its person belonged to
 * when it was earned, as far as rankings knows when it adds the score. A join or leave that
 * arrives after a score it would have changed (the topics are read independently) does not
 * move that score: the boards are not re-credited or debited, and a rebuild recomputes them
 * from the ledger with every membership known.
 */
@Injectable()
export class GroupMemberships {
  constructor(
    private readonly store: GroupMembershipsStore,
    private readonly boards: GroupBoardRemoval,
  ) {}

  /** Keeps a new group of the tenant (GroupCreated). */
  created(tenantId: string, groupId: string, kind: GroupKind, at: Date): Promise<void> {
    return this.store.recordGroup(tenantId, groupId.toLowerCase(), kind, at);
  }

  /**
   * Forgets a deleted group (GroupDeleted): its memberships count for no board any more, live
   * or rebuilt, and it leaves every group board Redis holds (GroupBoardRemoval), as a hidden
   * person leaves the people boards. Marked first, so that scores coming after it leave it out.
   * A score added between the mark and the removal may bring the group back onto a board until
   * the next rebuild: the same window in which a late leaving does not move a score (above).
   */
  async deleted(tenantId: string, groupId: string, at: Date): Promise<void> {
    const group = groupId.toLowerCase();
    await this.store.markDeleted(tenantId, group, at);
    await this.boards.remove(tenantId, group);
  }

  /** Keeps a joining (MemberJoinedGroup) or leaving (MemberLeftGroup), once by its id. */
  changed(event: MembershipEvent, change: 'joined' | 'left'): Promise<void> {
    const { eventId, tenantId, groupId, userId, at } = event;
    return this.store.recordChange(tenantId, userId.toLowerCase(), {
      eventId: eventId.toLowerCase(),
      groupId: groupId.toLowerCase(),
      change,
      at,
    });
  }

  /** The ids of the groups the person belonged to at `at`, sorted (see groupsAt). */
  async groupsAt(tenantId: string, userId: string, at: Date): Promise<string[]> {
    return groupsAt(await this.store.changesOf(tenantId, userId), at);
  }

  /** Throws DomainError `unknown-group` (404, field groupId) unless the tenant has the group. */
  async requireGroup(tenantId: string, groupId: string): Promise<void> {
    if (!(await this.store.hasGroup(tenantId, groupId))) {
      const absent = `tenant ${tenantId} has no group ${groupId}`;
      throw new DomainError('not-found', 'unknown-group', absent, 'groupId');
    }
  }
}
