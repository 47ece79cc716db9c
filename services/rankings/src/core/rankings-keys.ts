import { LeaderboardCategory, LeaderboardScope } from '@citypoints/http-contracts';

/** One leaderboard of a tenant: whose, for which period (its id) and which points. */
export interface BoardRef {
  scope: LeaderboardScope;
  /** A LeaderboardPeriod's id: `2027-W01`, `2027-03`, `2027` or `all`. */
  periodId: string;
  category: LeaderboardCategory;
}

/**
 * The names of rankings' Redis keys, under REDIS_KEY_PREFIX. Every key of a tenant carries the
 * hash tag `{tenant}`, so that all of them share one Redis Cluster slot and one script may
 * change them together (DESIGN.md §2).
 */
export class RankingsKeys {
  constructor(private readonly prefix: string) {}

  /** The board's sorted set: one member per person, scored by their points. */
  board(tenantId: string, { scope, periodId, category }: BoardRef): string {
    return `${this.tenant(tenantId)}:board:${scope}:${periodId}:${category}`;
  }

  /** The board's hash of when each person reached their score (see ScoreBoards). */
  reached(tenantId: string, board: BoardRef): string {
    return `${this.board(tenantId, board)}:reached`;
  }

  /** Marks an event (its id, in lower case) as applied to every board it belongs to. */
  applied(tenantId: string, eventId: string): string {
    return `${this.tenant(tenantId)}:applied:${eventId.toLowerCase()}`;
  }

  private tenant(tenantId: string): string {
    return `${this.prefix}rankings:{${tenantId}}`;
  }
}
