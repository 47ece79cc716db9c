import {
  DomainError,
  GroupCreated,
  GroupKind,
  MemberJoinedGroup,
  MemberLeftGroup,
} from '@citypoints/contracts';
import { appendToOutbox } from '@citypoints/messaging';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { identityEvent } from '../identity-event';
import { People } from '../people/people';
import { LeaderboardConsent, publicName } from '../privacy/public-name';
import { isUniqueViolation } from '../unique-violation';
import { CreateGroupDto } from '@citypoints/http-contracts';
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

interface MemberRow extends LeaderboardConsent {
  userId: string;
  joinedAt: Date;
}

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
        await this.db.transaction(async (tx) => {
          await this.people.requireActive(tenant, input.createdBy, tx);
          await tx.query(
            `INSERT INTO groups (tenant_id, id, name, kind, invite_code, created_by)
             VALUES ($1, $2, $3, $4, $5, $6)`,
            [tenant, group.groupId, group.name, group.kind, group.inviteCode, input.createdBy],
          );
          await appendToOutbox(tx, [
            identityEvent(
              GroupCreated,
              { groupId: group.groupId, kind: group.kind, createdBy: input.createdBy },
              tenant,
              group.groupId,
            ),
          ]);
          await this.addMember(tx, tenant, group.groupId, input.createdBy);
        });
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
      const [group] = await tx.query(
        `SELECT id FROM groups WHERE tenant_id = $1 AND invite_code = $2`,
        [tenant, inviteCode],
      );
      if (!group) {
        const unknown = 'no group has this invite code';
        throw new DomainError('not-found', 'unknown-invite-code', unknown, 'inviteCode');
      }
      await this.people.requireActive(tenant, userId, tx);
      await this.addMember(tx, tenant, group.id, userId);
      return { groupId: group.id };
    });
  }

  /** 404 `not-a-member` when the person does not belong to the group. */
  async leave(tenant: string, groupId: string, userId: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [removed] = await tx.query(
        `DELETE FROM group_member WHERE tenant_id = $1 AND group_id = $2 AND person_id = $3
         RETURNING person_id`,
        [tenant, groupId, userId],
      );
      if (removed.length === 0) {
        const absent = `person ${userId} is not a member of group ${groupId}`;
        throw new DomainError('not-found', 'not-a-member', absent);
      }
      await appendToOutbox(tx, [
        identityEvent(MemberLeftGroup, { groupId, userId }, tenant, groupId),
      ]);
    });
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
    const [group] = await this.db.query(`SELECT id FROM groups WHERE tenant_id = $1 AND id = $2`, [
      tenant,
      groupId,
    ]);
    if (!group) {
      throw new DomainError('not-found', 'unknown-group', `group ${groupId} does not exist`);
    }
    const rows: MemberRow[] = await this.db.query(
      `SELECT p.id AS "userId", p.visibility, p.display_name AS "displayName", p.nickname,
              m.joined_at AS "joinedAt"
       FROM group_member m JOIN person p ON p.tenant_id = m.tenant_id AND p.id = m.person_id
       WHERE m.tenant_id = $1 AND m.group_id = $2 ORDER BY m.joined_at, p.id`,
      [tenant, groupId],
    );
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

  private async addMember(tx: EntityManager, tenant: string, groupId: string, userId: string) {
    const added = await tx.query(
      `INSERT INTO group_member (tenant_id, group_id, person_id) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING person_id`,
      [tenant, groupId, userId],
    );
    if (added.length === 0) return;
    await appendToOutbox(tx, [
      identityEvent(MemberJoinedGroup, { groupId, userId }, tenant, groupId),
    ]);
  }
}
