import { GroupRanking, LeaderboardCategory, LeaderboardScope } from '@citypoints/http-contracts';

/** One leaderboard of a tenant: whose, for which period (its id) and which points. */
export interface BoardRef {
  scope: LeaderboardScope;
  /** A LeaderboardPeriod's id: `2027-W01`, `2027-03`, `2027` or `all`. */
  periodId: string;
  category: LeaderboardCategory;
}

/** One group leaderboard of a tenant: for which period (its id) and which points. */
export type GroupBoardRef = Omit<BoardRef, 'scope'>;

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

  /**
   * A group board's sorted set by `ranking`: one member per group (`<13 digits>:<groupId>`, as
   * on a person's board), scored by its points or by its points per active member.
   */
  groupBoard(tenantId: string, board: GroupBoardRef, ranking: GroupRanking): string {
    return `${this.groups(tenantId, board)}:${ranking}`;
  }

  /** The hash of when each group reached its score on the group board of `ranking`. */
  groupReached(tenantId: string, board: GroupBoardRef, ranking: GroupRanking): string {
    return `${this.groupBoard(tenantId, board, ranking)}:reached`;
  }

  /** The set of `<groupId>:<userId>` of the group board's active members. */
  activeMembers(tenantId: string, board: GroupBoardRef): string {
    return `${this.groups(tenantId, board)}:active`;
  }

  /** The hash of each group's number of active members on the group board. */
  activeCounts(tenantId: string, board: GroupBoardRef): string {
    return `${this.groups(tenantId, board)}:active-count`;
  }

  /** The sorted set of what each member added to the group's points on the group board. */
  contributions(tenantId: string, board: GroupBoardRef, groupId: string): string {
    return `${this.groups(tenantId, board)}:contributions:${groupId}`;
  }

  /**
   * The set of the people (user ids, in lower case) a tenant admin hid from the tenant's
   * leaderboards: a mirror of Postgres' `hidden_person`, which every read leaves out.
   */
  hiddenPeople(tenantId: string): string {
    return `${this.tenant(tenantId)}:hidden-people`;
  }

  /** The version of `hidden_person` the hidden-people set mirrors; absent: not mirrored. */
  hiddenPeopleVersion(tenantId: string): string {
    return `${this.hiddenPeople(tenantId)}:version`;
  }

  /**
   * The set of the ids (lower case) of the events applied to the tenant's boards that the
   * ledger booked on `day` (UTC, `YYYY-MM-DD`: see appliedDay), each counted once. One set a
   * day rather than a key an event, so that a rebuild writes a day's markers at once.
   */
  appliedOn(tenantId: string, day: string): string {
    return `${this.tenant(tenantId)}:applied-on:${day}`;
  }

  /**
   * An event's marker as rankings kept it until its markers became sets by day (appliedOn): the
   * script still honours one until it expires, so an upgrade counts no event twice; none is
   * set any more.
   */
  applied(tenantId: string, eventId: string): string {
    return `${this.tenant(tenantId)}:applied:${eventId.toLowerCase()}`;
  }

  private groups(tenantId: string, { periodId, category }: GroupBoardRef): string {
    return `${this.tenant(tenantId)}:board:groups:${periodId}:${category}`;
  }

  private tenant(tenantId: string): string {
    return `${this.prefix}rankings:{${tenantId}}`;
  }
}

/** The UTC day (`YYYY-MM-DD`) of `earnedAt` (an event's time): its applied set (appliedOn). */
export function appliedDay(earnedAt: Date): string {
  return earnedAt.toISOString().slice(0, 10);
}
