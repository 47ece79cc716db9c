import { LEADERBOARD_CATEGORIES } from '@citypoints/http-contracts';
import { Injectable } from '@nestjs/common';
import { RankingsRedis } from '../core/rankings-redis';

/** An entry of a board as Redis holds it: the person's or group's id and score. */
export interface BoardEntry {
  id: string;
  score: number;
}

/** A board that Redis holds for a tenant's period that ended, found by PeriodBoards.find. */
export interface PeriodBoardsFound {
  tenantId: string;
  periodId: string;
}

// Entries read a command; keys removed a command.
const CHUNK = 5000;
// A board's member is `<13 digits>:<id>` (see ScoreBoards).
const idOf = (member: string) => member.slice(14);
// Placeholders no prefix holds (REDIS_KEY_PREFIX is letters, digits and .:_-).
const [TENANT, PERIOD] = ['\u0001', '\u0002'];
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The Redis side of closing a period: its final boards of every category together, read best
 * first (ties in the boards' order, who reached the score first), and the removal of all the
 * period's keys once its close is in Postgres, so that Redis holds running periods only.
 */
@Injectable()
export class PeriodBoards {
  constructor(private readonly redis: RankingsRedis) {}

  /** The people's board of the period, every category together, best first. */
  people(tenantId: string, periodId: string): Promise<BoardEntry[]> {
    const { keys } = this.redis;
    return this.entries(keys.board(tenantId, { scope: 'people', periodId, category: 'all' }));
  }

  /** The groups' board by total of the period, every category together, best first. */
  groups(tenantId: string, periodId: string): Promise<BoardEntry[]> {
    const { keys } = this.redis;
    return this.entries(keys.groupBoard(tenantId, { periodId, category: 'all' }, 'total'));
  }

  /**
   * Removes every key of the tenant's period: people's and groups' boards of every category,
   * their reached hashes, active members and each group's contributions. A score of the period
   * that arrives later (consumer lag) makes a board again, which the next close removes.
   */
  async remove(tenantId: string, periodId: string): Promise<void> {
    const { client, keys } = this.redis;
    const doomed: string[] = [];
    for (const category of LEADERBOARD_CATEGORIES) {
      const people = keys.board(tenantId, { scope: 'people', periodId, category });
      doomed.push(people, keys.reached(tenantId, { scope: 'people', periodId, category }));
      const board = { periodId, category };
      for (const ranking of ['total', 'average'] as const) {
        doomed.push(keys.groupBoard(tenantId, board, ranking));
        doomed.push(keys.groupReached(tenantId, board, ranking));
      }
      doomed.push(keys.activeMembers(tenantId, board), keys.activeCounts(tenantId, board));
      const groups = await client.hkeys(keys.groupReached(tenantId, board, 'total'));
      for (const groupId of groups) doomed.push(keys.contributions(tenantId, board, groupId));
    }
    // One slot (the tenant's hash tag), so a command may name many keys, also on a cluster.
    for (let from = 0; from < doomed.length; from += CHUNK) {
      await client.unlink(...doomed.slice(from, from + CHUNK));
    }
  }

  /**
   * The periods (of every tenant) whose people's board Redis holds, other than all time: one
   * SCAN of the keyspace, so its cost grows with the keys (event markers too); the closer runs
   * it every CLOSE_INTERVAL_SECONDS.
   */
  async find(): Promise<PeriodBoardsFound[]> {
    const { client, keys } = this.redis;
    const sample = keys.board(TENANT, { scope: 'people', periodId: PERIOD, category: 'all' });
    const pattern = new RegExp(
      `^${escape(sample).replace(TENANT, '([^}]+)').replace(PERIOD, '([^:]+)')}$`,
    );
    const match = sample.replace(TENANT, '*').replace(PERIOD, '*');
    const found = new Map<string, PeriodBoardsFound>();
    let cursor = '0';
    do {
      const [next, names] = await client.scan(cursor, 'MATCH', match, 'COUNT', 1000);
      cursor = next;
      for (const name of names) {
        const [, tenantId, periodId] = pattern.exec(name) ?? [];
        if (tenantId && periodId && periodId !== 'all') {
          found.set(name, { tenantId, periodId });
        }
      }
    } while (cursor !== '0');
    return [...found.values()];
  }

  private async entries(key: string): Promise<BoardEntry[]> {
    const entries: BoardEntry[] = [];
    for (let from = 0; ; from += CHUNK) {
      const rows = await this.redis.client.zrevrange(key, from, from + CHUNK - 1, 'WITHSCORES');
      for (let i = 0; i < rows.length; i += 2) {
        entries.push({ id: idOf(rows[i]), score: Number(rows[i + 1]) });
      }
      if (rows.length < 2 * CHUNK) return entries;
    }
  }
}
