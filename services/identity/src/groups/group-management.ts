import { DomainError, GroupDeleted, MemberLeftGroup } from '@citypoints/contracts';
import { appendToOutbox } from '@citypoints/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { identityEvent } from '../identity-event';
import * as store from './group-management.store';
import {
  GroupManager,
  groupManagementRefusal,
  memberRemovalRefusal,
} from './group-management-rule';
import { deleteMember } from './groups.store';

/**
 * What a group's founder and the tenant's admins change about a group, and how people leave
 * it. Each change locks the group's row (lockGroup), so changes of one group never interleave.
 * Errors: 404 `unknown-group` for a group the tenant does not have; 403 `founder-or-admin-only`
 * (group-management-rule.ts). Names never travel in events: a renaming publishes nothing, and
 * group boards read names from identity (group-names.controller.ts).
 */
@Injectable()
export class GroupManagement {
  constructor(private readonly db: DataSource) {}

  /** Renames the group; answers its id and new name. */
  async rename(tenant: string, groupId: string, name: string, actor: GroupManager | undefined) {
    return this.db.transaction(async (tx) => {
      await this.manageable(tx, tenant, groupId, actor);
      await store.renameGroup(tx, tenant, groupId, name);
      return { groupId, name };
    });
  }

  /**
   * Makes the member `founder` the group's founder. 422 `not-a-member` (field person) when
   * they do not belong to it. Rankings does not know founders: nothing is published.
   */
  async handOver(
    tenant: string,
    groupId: string,
    founder: string,
    actor: GroupManager | undefined,
  ) {
    return this.db.transaction(async (tx) => {
      await this.manageable(tx, tenant, groupId, actor);
      if (!(await store.isMember(tx, tenant, groupId, founder))) {
        const absent = `person ${founder} is not a member of group ${groupId}`;
        throw new DomainError('unprocessable', 'not-a-member', absent, 'person');
      }
      await store.setFounder(tx, tenant, groupId, founder);
      return { groupId, founder };
    });
  }

  /**
   * Takes `userId` out of the group: they leave it, or its founder or an admin removes them.
   * Either way MemberLeftGroup is published, so their points stop counting for the group from
   * now on and earlier ones stay. When the founder goes, the group passes to its longest-standing
   * member (the earliest to join), who has been in it longest and is likeliest to keep it going;
   * when nobody is left, the group is deleted (GroupDeleted). 404 `not-a-member` when they do
   * not belong to it.
   */
  async remove(tenant: string, groupId: string, userId: string, actor: GroupManager | undefined) {
    await this.db.transaction(async (tx) => {
      const group = await this.lock(tx, tenant, groupId);
      const refusal = memberRemovalRefusal(actor, tenant, group.founder, userId);
      if (refusal) throw new DomainError('forbidden', 'founder-or-admin-only', refusal);
      if (!(await deleteMember(tx, tenant, groupId, userId))) {
        const absent = `person ${userId} is not a member of group ${groupId}`;
        throw new DomainError('not-found', 'not-a-member', absent);
      }
      await appendToOutbox(tx, [
        identityEvent(MemberLeftGroup, { groupId, userId }, tenant, groupId),
      ]);
      if (group.founder.toLowerCase() !== userId.toLowerCase()) return;
      const successor = await store.longestStandingMember(tx, tenant, groupId);
      if (successor) await store.setFounder(tx, tenant, groupId, successor);
      else await this.deleteLocked(tx, tenant, groupId);
    });
  }

  /**
   * Deletes the group: each member leaves it (MemberLeftGroup), then GroupDeleted, so rankings
   * takes it off the open group boards. Its name goes with it.
   */
  async delete(tenant: string, groupId: string, actor: GroupManager | undefined): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.manageable(tx, tenant, groupId, actor);
      await this.deleteLocked(tx, tenant, groupId);
    });
  }

  private async deleteLocked(tx: EntityManager, tenant: string, groupId: string) {
    const members = await store.deleteMembers(tx, tenant, groupId);
    await store.deleteGroup(tx, tenant, groupId);
    await appendToOutbox(tx, [
      ...members.map((userId) =>
        identityEvent(MemberLeftGroup, { groupId, userId }, tenant, groupId),
      ),
      identityEvent(GroupDeleted, { groupId }, tenant, groupId),
    ]);
  }

  // The locked group, when `actor` may manage it.
  private async manageable(
    tx: EntityManager,
    tenant: string,
    groupId: string,
    actor: GroupManager | undefined,
  ) {
    const group = await this.lock(tx, tenant, groupId);
    const refusal = groupManagementRefusal(actor, tenant, group.founder);
    if (refusal) throw new DomainError('forbidden', 'founder-or-admin-only', refusal);
  }

  private async lock(tx: EntityManager, tenant: string, groupId: string) {
    const group = await store.lockGroup(tx, tenant, groupId);
    if (!group)
      throw new DomainError('not-found', 'unknown-group', `group ${groupId} does not exist`);
    return group;
  }
}
