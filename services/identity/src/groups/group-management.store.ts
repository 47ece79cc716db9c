import { EntityManager } from 'typeorm';

/**
 * The group's founder, with the group's row locked until the transaction ends, so that two
 * changes of one group (its founder leaving while its last member leaves) happen one after
 * the other; none when the tenant has no such group.
 */
export async function lockGroup(
  tx: EntityManager,
  tenant: string,
  groupId: string,
): Promise<{ founder: string } | undefined> {
  const [group] = await tx.query(
    `SELECT created_by AS founder FROM groups WHERE tenant_id = $1 AND id = $2 FOR UPDATE`,
    [tenant, groupId],
  );
  return group;
}

/** Renames the group. */
export async function renameGroup(
  tx: EntityManager,
  tenant: string,
  groupId: string,
  name: string,
) {
  await tx.query(`UPDATE groups SET name = $3 WHERE tenant_id = $1 AND id = $2`, [
    tenant,
    groupId,
    name,
  ]);
}

/** Makes `founder` the group's founder (the `created_by` the member lists read). */
export async function setFounder(
  tx: EntityManager,
  tenant: string,
  groupId: string,
  founder: string,
) {
  await tx.query(`UPDATE groups SET created_by = $3 WHERE tenant_id = $1 AND id = $2`, [
    tenant,
    groupId,
    founder,
  ]);
}

/** Whether the person belongs to the group. */
export async function isMember(tx: EntityManager, tenant: string, groupId: string, userId: string) {
  const rows: unknown[] = await tx.query(
    `SELECT 1 FROM group_member WHERE tenant_id = $1 AND group_id = $2 AND person_id = $3`,
    [tenant, groupId, userId],
  );
  return rows.length > 0;
}

/** The member who joined first (then the lowest id); none when the group has no members. */
export async function longestStandingMember(
  tx: EntityManager,
  tenant: string,
  groupId: string,
): Promise<string | undefined> {
  const [member] = await tx.query(
    `SELECT person_id AS "userId" FROM group_member WHERE tenant_id = $1 AND group_id = $2
     ORDER BY joined_at, person_id LIMIT 1`,
    [tenant, groupId],
  );
  return member?.userId;
}

/** Removes every member of the group: their ids, in order of joining. */
export async function deleteMembers(
  tx: EntityManager,
  tenant: string,
  groupId: string,
): Promise<string[]> {
  const [removed]: [{ userId: string; joinedAt: Date }[], number] = await tx.query(
    `DELETE FROM group_member WHERE tenant_id = $1 AND group_id = $2
     RETURNING person_id AS "userId", joined_at AS "joinedAt"`,
    [tenant, groupId],
  );
  return removed
    .sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime() || a.userId.localeCompare(b.userId))
    .map((member) => member.userId);
}

/** Deletes the group, which has no members left (deleteMembers); its invite code is free again. */
export async function deleteGroup(tx: EntityManager, tenant: string, groupId: string) {
  await tx.query(`DELETE FROM groups WHERE tenant_id = $1 AND id = $2`, [tenant, groupId]);
}
