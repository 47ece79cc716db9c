import { DomainError, GroupCreated, GroupKind, MemberJoinedGroup } from '@citypoints/contracts';
import { appendToOutbox } from '@citypoints/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { identityEvent } from '../identity-event';
import { People } from '../people/people';
import { publicName } from '../privacy/public-name';
import { isUniqueViolation } from '../unique-violation';
import { CreateGroupDto } from '@citypoints/http-contracts';
import * as store from './groups.store';
import { newInviteCode } from './invite-code';
import { MemberListReader, memberListRefusal } from './member-list-rule';

export interface Group {
  groupId: string;
  name: string;
  kind: GroupKind;
  inviteCode: string;
}

export interface GroupMember {
  userId: string;
  /** Only as the member consented to; null when hidden. */
  publicName: string | null;
  joinedAt: Date;
}

const MAX_INVITE_CODE_DRAWS = 5;

/**
 * The groups people form (a team, a school, an association, a neighbourhood) and join with an
 * invite code; each creation and joining is published in the transaction that makes it (leaving,
 * and what founders and admins change: group-management.ts).
 */
@Injectable()
export class Groups {
  constructor(
    private readonly db: DataSource,
    private readonly people: People,
  ) {}

  /** Creates the group with its founder as the first member. */
  async create(tenant: string, input: CreateGroupDto): Promise<Group> {
    for (let attempt = 1; ; attempt++) {
      const group = {
        groupId: uuidv7(),
        name: input.name,
        kind: input.kind,
        inviteCode: newInviteCode(),
      };
      try {
        await this.db.transaction((tx) => this.foundGroup(tx, tenant, group, input.createdBy));
        return group;
      } catch (error) {
        // Another group drew the same invite code: draw again, a few times at most.
        if (!isUniqueViolation(error) || attempt === MAX_INVITE_CODE_DRAWS) throw error;
      }
    }
  }

  /**
   * Joining twice is one membership: the second join changes nothing and publishes nothing.
   * 404 `unknown-invite-code` (field inviteCode) when no group of the tenant has the code.
   */
  async join(tenant: string, inviteCode: string, userId: string): Promise<{ groupId: string }> {
    return this.db.transaction(async (tx) => {
      const groupId = await store.findGroupByInviteCode(tx, tenant, inviteCode);
      if (!groupId) {
        const unknown = 'no group has this invite code';
        throw new DomainError('not-found', 'unknown-invite-code', unknown, 'inviteCode');
      }
      await this.people.requireActive(tenant, userId, tx);
      await this.addMember(tx, tenant, groupId, userId);
      return { groupId };
    });
  }

  /**
   * The groups the person belongs to, in order of joining, each with its invite code, which
   * every member already holds (they joined with it, or founded the group). An unknown or
   * erased person belongs to none.
   */
  async mine(tenant: string, userId: string): Promise<{ groups: store.StoredMembership[] }> {
    return { groups: await store.membershipsOf(this.db.manager, tenant, userId) };
  }

  /**
   * The members, each named only as they consented, in order of joining. 404 `unknown-group`
   * for an unknown group; 403 `members-only` unless `reader` may see them (memberListRefusal).
   */
  async members(
    tenant: string,
    groupId: string,
    reader: MemberListReader | undefined,
  ): Promise<{ groupId: string; members: GroupMember[] }> {
    if (!(await store.groupExists(this.db.manager, tenant, groupId))) {
      throw new DomainError('not-found', 'unknown-group', `group ${groupId} does not exist`);
    }
    const rows = await store.membersOf(this.db.manager, tenant, groupId);
    const refusal = memberListRefusal(
      reader,
      tenant,
      rows.map((row) => row.userId),
    );
    if (refusal) throw new DomainError('forbidden', 'members-only', refusal);
    return {
      groupId,
      members: rows.map((row) => ({
        userId: row.userId,
        publicName: publicName(row),
        joinedAt: row.joinedAt,
      })),
    };
  }

  // The group, its GroupCreated event and its founder's membership, in the caller's transaction.
  private async foundGroup(tx: EntityManager, tenant: string, group: Group, createdBy: string) {
    await this.people.requireActive(tenant, createdBy, tx);
    await store.insertGroup(tx, tenant, { ...group, createdBy });
    await appendToOutbox(tx, [
      identityEvent(
        GroupCreated,
        { groupId: group.groupId, kind: group.kind, createdBy },
        tenant,
        group.groupId,
      ),
    ]);
    await this.addMember(tx, tenant, group.groupId, createdBy);
  }

  private async addMember(tx: EntityManager, tenant: string, groupId: string, userId: string) {
    if (!(await store.insertMember(tx, tenant, groupId, userId))) return;
    await appendToOutbox(tx, [
      identityEvent(MemberJoinedGroup, { groupId, userId }, tenant, groupId),
    ]);
  }
}
