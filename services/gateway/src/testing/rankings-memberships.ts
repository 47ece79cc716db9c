import { waitFor } from '@citypoints/testing';
import { Client } from 'pg';
import { GatewayCluster } from './start-cluster';

/**
 * Waits until rankings has read that each of `userIds` joined the group: a score counts for the
 * groups rankings knows its person belonged to when it is added, and identity's join events
 * reach it on their own topic, in their own time. Reads rankings' database, as no API says it.
 */
export async function rankingsKnowsMembers(
  cluster: GatewayCluster,
  groupId: string,
  userIds: string[],
): Promise<void> {
  const db = new Client({ connectionString: cluster.rankingsDatabase });
  await db.connect();
  try {
    await waitFor(`rankings to know ${userIds.length} members of group ${groupId}`, async () => {
      const { rows } = await db.query(
        `SELECT count(DISTINCT user_id)::int AS members FROM group_membership_change
         WHERE group_id = $1 AND user_id = ANY($2) AND change = 'joined'`,
        [groupId, userIds],
      );
      return rows[0].members === userIds.length ? true : undefined;
    });
  } finally {
    await db.end();
  }
}
