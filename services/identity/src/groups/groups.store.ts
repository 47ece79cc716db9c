import { GroupKind } from '@citypoints/contracts';
import { GroupRole } from '@citypoints/http-contracts';
import { EntityManager } from 'typeorm';
import { LeaderboardConsent } from '../privacy/public-name';

/** A group to store, with the person who creates it. */
export interface NewGroup {
  groupId: string;
  name: string;
  kind: GroupKind;
  inviteCode: string;
  createdBy: string;
}

/** A group a person belongs to, with how they belong and how many do. */
export interface StoredMembership {
  groupId: string;
  name: string;
  kind: GroupKind;
  /** The founder is the person who created the group, while they stay in it. */
  role: GroupRole;
  memberCount: number;
  inviteCode: string;
  joinedAt: Date;
}

/** A member of a group, with what they consented to show of their name. */
export interface StoredMember extends LeaderboardConsent {
  userId: string;
  joinedAt: Date;
}

/** Stores the group. Throws Postgres's unique violation (23505) for an invite code in use. */
export async function insertGroup(tx: EntityManager, tenant: string, group: NewGroup) {
  await tx.query(
    `INSERT INTO groups (tenant_id, id, name, kind, invite_code, created_by)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [tenant, group.groupId, group.name, group.kind, group.inviteCode, group.createdBy],
  );
}

/** The id of the tenant's group with this invite code; none when no group has it. */
export async function findGroupByInviteCode(
  tx: EntityManager,
  tenant: string,
  inviteCode: string,
): Promise<string | undefined> {
  const [group] = await tx.query(
    `SELECT id FROM groups WHERE tenant_id = $1 AND invite_code = $2`,
    [tenant, inviteCode],
  );
  return group?.id;
}

/** Whether the tenant has a group with this id. */
export async function groupExists(db: EntityManager, tenant: string, groupId: string) {
  const [group] = await db.query(`SELECT id FROM groups WHERE tenant_id = $1 AND id = $2`, [
    tenant,
    groupId,
  ]);
  return Boolean(group);
}

/** Adds the person to the group: true, or false when they already belong to it. */
export async function insertMember(
  tx: EntityManager,
  tenant: string,
  groupId: string,
  userId: string,
): Promise<boolean> {
  const added: unknown[] = await tx.query(
    `INSERT INTO group_member (tenant_id, group_id, person_id) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING person_id`,
    [tenant, groupId, userId],
  );
  return added.length > 0;
}

/** Removes the person from the group: true, or false when they did not belong to it. */
export async function deleteMember(
  tx: EntityManager,
  tenant: string,
  groupId: string,
  userId: string,
): Promise<boolean> {
  const [removed]: [unknown[], number] = await tx.query(
    `DELETE FROM group_member WHERE tenant_id = $1 AND group_id = $2 AND person_id = $3
     RETURNING person_id`,
    [tenant, groupId, userId],
  );
  return removed.length > 0;
}

/** The group's members in order of joining (then of id). */
export function membersOf(
  db: EntityManager,
  tenant: string,
  groupId: string,
): Promise<StoredMember[]> {
  return db.query(
    `SELECT p.id AS "userId", p.visibility, p.display_name AS "displayName", p.nickname,
            m.joined_at AS "joinedAt"
     FROM group_member m JOIN person p ON p.tenant_id = m.tenant_id AND p.id = m.person_id
     WHERE m.tenant_id = $1 AND m.group_id = $2 ORDER BY m.joined_at, p.id`,
    [tenant, groupId],
  );
}

/** The names of those of `groupIds` (lower-case UUIDs) that are the tenant's groups, by id. */
export async function groupNames(
  db: EntityManager,
  tenant: string,
  groupIds: readonly string[],
): Promise<Map<string, string>> {
  if (groupIds.length === 0) return new Map();
  const rows: { id: string; name: string }[] = await db.query(
    `SELECT id, name FROM groups WHERE tenant_id = $1 AND id = ANY($2::uuid[])`,
    [tenant, groupIds],
  );
  return new Map(rows.map((row) => [row.id, row.name]));
}

/**
 * The groups the person belongs to, in order of joining (then of id), each with its number of
 * members as its member list counts them.
 */
export function membershipsOf(
  db: EntityManager,
  tenant: string,
  userId: string,
): Promise<StoredMembership[]> {
  return db.query(
    `SELECT g.id AS "groupId", g.name, g.kind, g.invite_code AS "inviteCode",
            CASE WHEN g.created_by = m.person_id THEN 'founder' ELSE 'member' END AS role,
            (SELECT count(*)::int FROM group_member c
             WHERE c.tenant_id = g.tenant_id AND c.group_id = g.id) AS "memberCount",
            m.joined_at AS "joinedAt"
     FROM group_member m JOIN groups g ON g.tenant_id = m.tenant_id AND g.id = m.group_id
     WHERE m.tenant_id = $1 AND m.person_id = $2 ORDER BY m.joined_at, g.id`,
    [tenant, userId],
  );
}
