import { GroupKind } from '@citypoints/contracts';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MembershipChange } from './memberships-of';

// A change `c` of a group not deleted: a deleted group's changes count for no board, live or
// rebuilt, even those that arrive after its GroupDeleted.
const NOT_DELETED = `NOT EXISTS (SELECT 1 FROM tenant_group g
  WHERE g.group_id = c.group_id AND g.deleted_at IS NOT NULL)`;

/** Tenants' groups and their members' changes (tables `tenant_group`, `group_membership_change`). */
@Injectable()
export class GroupMembershipsStore {
  constructor(private readonly db: DataSource) {}

  /** Keeps the group; a redelivery, or the same id from another tenant, changes nothing. */
  async recordGroup(tenantId: string, groupId: string, kind: GroupKind, at: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO tenant_group (group_id, tenant_id, kind, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (group_id) DO NOTHING`,
      [groupId, tenantId, kind, at],
    );
  }

  /** Marks the group deleted at `at`; a redelivery keeps the first time. */
  async markDeleted(tenantId: string, groupId: string, at: Date): Promise<void> {
    await this.db.query(
      `UPDATE tenant_group SET deleted_at = coalesce(deleted_at, $3)
       WHERE group_id = $1 AND tenant_id = $2`,
      [groupId, tenantId, at],
    );
  }

  /** Whether the tenant has the group (false for another tenant's and a deleted one). */
  async hasGroup(tenantId: string, groupId: string): Promise<boolean> {
    const rows = await this.db.query(
      `SELECT 1 FROM tenant_group WHERE group_id = $1 AND tenant_id = $2 AND deleted_at IS NULL`,
      [groupId, tenantId],
    );
    return rows.length > 0;
  }

  /** Keeps a joining or leaving by its event id: a redelivery keeps one. */
  async recordChange(tenantId: string, userId: string, change: MembershipChange): Promise<void> {
    await this.db.query(
      `INSERT INTO group_membership_change (event_id, tenant_id, group_id, user_id, change, at)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (event_id) DO NOTHING`,
      [change.eventId, tenantId, change.groupId, userId, change.change, change.at],
    );
  }

  /** Every joining and leaving of each of `userIds` in the tenant, by personKey. */
  async changesOfPeople(
    tenantId: string,
    userIds: readonly string[],
  ): Promise<Map<string, MembershipChange[]>> {
    const rows: (ChangeRow & { user_id: string })[] = await this.db.query(
      `SELECT user_id, event_id, group_id, change, at FROM group_membership_change c
       WHERE tenant_id = $1 AND user_id = ANY($2::uuid[]) AND ${NOT_DELETED}`,
      [tenantId, userIds],
    );
    return byPerson(rows.map((row) => ({ ...row, tenant_id: tenantId })));
  }

  /**
   * Every joining and leaving of the tenant's people (of every tenant when `tenantId` is
   * undefined), by tenant and person, in no set order: the rebuild's snapshot.
   */
  async allChanges(tenantId?: string): Promise<Map<string, MembershipChange[]>> {
    const rows: (ChangeRow & { tenant_id: string; user_id: string })[] = await this.db.query(
      `SELECT tenant_id, user_id, event_id, group_id, change, at FROM group_membership_change c
       WHERE ($1::text IS NULL OR tenant_id = $1) AND ${NOT_DELETED}`,
      [tenantId ?? null],
    );
    return byPerson(rows);
  }

  /** Every joining and leaving of the person in the tenant, in no set order. */
  async changesOf(tenantId: string, userId: string): Promise<MembershipChange[]> {
    const rows: ChangeRow[] = await this.db.query(
      `SELECT event_id, group_id, change, at FROM group_membership_change c
       WHERE tenant_id = $1 AND user_id = $2 AND ${NOT_DELETED}`,
      [tenantId, userId],
    );
    return rows.map((row) => ({
      eventId: row.event_id,
      groupId: row.group_id,
      change: row.change,
      at: row.at,
    }));
  }
}

interface ChangeRow {
  event_id: string;
  group_id: string;
  change: MembershipChange['change'];
  at: Date;
}

/** The key of a person of a tenant in allChanges' map. */
export function personKey(tenantId: string, userId: string): string {
  return `${tenantId}|${userId}`;
}

// Rows of membership changes grouped by personKey.
function byPerson(
  rows: readonly (ChangeRow & { tenant_id: string; user_id: string })[],
): Map<string, MembershipChange[]> {
  const changes = new Map<string, MembershipChange[]>();
  for (const row of rows) {
    const key = personKey(row.tenant_id, row.user_id);
    const change = { eventId: row.event_id, groupId: row.group_id, change: row.change, at: row.at };
    const known = changes.get(key);
    if (known) known.push(change);
    else changes.set(key, [change]);
  }
  return changes;
}
