import { GROUP_RANKINGS } from '@citypoints/http-contracts';
import { Injectable } from '@nestjs/common';
import Redis from 'ioredis';
import { GroupBoardRef } from '../core/rankings-keys';
import { RankingsRedis } from '../core/rankings-redis';

// One group off one group board, in one step: KEYS[1..4] the boards by total and by average
// with their reached hashes, KEYS[5] the active members, KEYS[6] the active counts, KEYS[7]
// the group's contributions; ARGV[1] the group. A member is `<13 digits>:<id>` (ScoreBoards).
const DROP_GROUP = `
local group = ARGV[1]
for i = 1, 3, 2 do
  local digits = redis.call('HGET', KEYS[i + 1], group)
  if digits then redis.call('ZREM', KEYS[i], digits .. ':' .. group) end
  redis.call('HDEL', KEYS[i + 1], group)
end
for _, user in ipairs(redis.call('ZRANGE', KEYS[7], 0, -1)) do
  redis.call('SREM', KEYS[5], group .. ':' .. user)
end
redis.call('HDEL', KEYS[6], group)
redis.call('DEL', KEYS[7])
return 1
`;

type RedisWithDropGroup = Redis & {
  rankingsDropGroup(...keysAndArgs: string[]): Promise<1>;
};

/**
 * Takes a deleted group off every group board Redis holds for its tenant: each board it ever
 * had points on keeps its contributions (a member's part of them), so one SCAN for those finds
 * them all. Each board changes in one script; running it again finds nothing and changes
 * nothing. Closed periods' results, kept in Postgres, stay as they were.
 */
@Injectable()
export class GroupBoardRemoval {
  private readonly redis: RedisWithDropGroup;

  constructor(private readonly rankings: RankingsRedis) {
    rankings.client.defineCommand('rankingsDropGroup', { numberOfKeys: 7, lua: DROP_GROUP });
    this.redis = rankings.client as RedisWithDropGroup;
  }

  /** Removes `groupId` (lower case) from the tenant's group boards. */
  async remove(tenantId: string, groupId: string): Promise<void> {
    for (const board of await this.boardsOf(tenantId, groupId)) {
      const { keys } = this.rankings;
      const [total, average] = GROUP_RANKINGS.map((ranking) => [
        keys.groupBoard(tenantId, board, ranking),
        keys.groupReached(tenantId, board, ranking),
      ]);
      await this.redis.rankingsDropGroup(
        ...total,
        ...average,
        keys.activeMembers(tenantId, board),
        keys.activeCounts(tenantId, board),
        keys.contributions(tenantId, board, groupId),
        groupId,
      );
    }
  }

  // The boards (period and category) whose contributions of the group Redis holds.
  private async boardsOf(tenantId: string, groupId: string): Promise<GroupBoardRef[]> {
    const [PERIOD, CATEGORY] = ['\u0001', '\u0002'];
    const placeholders = { periodId: PERIOD, category: CATEGORY as GroupBoardRef['category'] };
    const sample = this.rankings.keys.contributions(tenantId, placeholders, groupId);
    const [before, between, after] = sample.split(new RegExp(`[${PERIOD}${CATEGORY}]`));
    const match = `${glob(before)}*${glob(between)}*${glob(after)}`;
    const boards = new Map<string, GroupBoardRef>();
    let cursor = '0';
    do {
      const [next, names] = await this.rankings.client.scan(cursor, 'MATCH', match, 'COUNT', 1000);
      cursor = next;
      for (const name of names) {
        const [periodId, category] = name
          .slice(before.length, name.length - after.length)
          .split(between);
        boards.set(name, { periodId, category: category as GroupBoardRef['category'] });
      }
    } while (cursor !== '0');
    return [...boards.values()];
  }
}

// `text` as a SCAN pattern that matches only itself: the tenant's hash tag has braces, and the
// key prefix may have any character.
function glob(text: string): string {
  return text.replace(/[*?[\]\\]/g, '\\$&');
}
