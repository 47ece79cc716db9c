import { CloudEvent, GroupCreated } from '@citypoints/contracts';
import { GroupRanking } from '@citypoints/http-contracts';
import { waitFor } from '@citypoints/testing';
import { GroupBoardRef } from '../core/rankings-keys';
import { RankingsUnderTest } from './start-rankings';

/** Publishes identity's group events and waits until rankings has stored every one. */
export async function publishGroupEvents(
  rankings: RankingsUnderTest,
  events: CloudEvent[],
  key: string,
): Promise<void> {
  await rankings.publish(events, key);
  const created = events.filter((e) => e.type === GroupCreated).map((e) => e.subject);
  const changes = events.filter((e) => e.type !== GroupCreated).map((e) => e.id);
  await waitFor(`${events.length} group events stored`, async () => {
    const [{ groups, stored }] = await rankings.db.query(
      `SELECT (SELECT count(*) FROM tenant_group WHERE group_id = ANY($1::uuid[]))::int AS groups,
              (SELECT count(*) FROM group_membership_change WHERE event_id = ANY($2::uuid[]))::int
                AS stored`,
      [created, changes],
    );
    return groups === new Set(created).size && stored === new Set(changes).size ? true : undefined;
  });
}

/** The group board as Redis holds it: each group's score. */
export async function groupBoard(
  rankings: RankingsUnderTest,
  tenantId: string,
  board: GroupBoardRef,
  ranking: GroupRanking,
): Promise<Record<string, number>> {
  const key = rankings.redis.keys.groupBoard(tenantId, board, ranking);
  const rows = await rankings.redis.client.zrange(key, 0, -1, 'WITHSCORES');
  const scores: Record<string, number> = {};
  // A member is `<13 digits>:<groupId>` (see ScoreBoards).
  for (let i = 0; i < rows.length; i += 2) scores[rows[i].slice(14)] = Number(rows[i + 1]);
  return scores;
}

/** What each member contributed to the group on the group board, and who is active. */
export async function groupMembers(
  rankings: RankingsUnderTest,
  tenantId: string,
  board: GroupBoardRef,
  groupId: string,
): Promise<{ contributions: Record<string, number>; active: string[]; activeCount: number }> {
  const { client, keys } = rankings.redis;
  const rows = await client.zrange(
    keys.contributions(tenantId, board, groupId),
    0,
    -1,
    'WITHSCORES',
  );
  const contributions: Record<string, number> = {};
  for (let i = 0; i < rows.length; i += 2) contributions[rows[i]] = Number(rows[i + 1]);
  const pairs = await client.smembers(keys.activeMembers(tenantId, board));
  const active = pairs
    .filter((pair) => pair.startsWith(`${groupId}:`))
    .map((pair) => pair.slice(groupId.length + 1))
    .sort();
  const activeCount = Number((await client.hget(keys.activeCounts(tenantId, board), groupId)) ?? 0);
  return { contributions, active, activeCount };
}
