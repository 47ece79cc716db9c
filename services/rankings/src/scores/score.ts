import {
  ActivityCategory,
  BonusAwarded,
  BonusAwardedV1,
  CloudEvent,
  PointsAdjusted,
  PointsAdjustedV1,
  PointsAdjustedV2,
  PointsAdjustedV2Type,
  PointsEarned,
  PointsEarnedV1,
} from '@citypoints/contracts';

/** The ledger events that may move a ranking (see scoreOf). */
export const SCORE_EVENT_TYPES = [
  PointsEarned,
  BonusAwarded,
  PointsAdjusted,
  PointsAdjustedV2Type,
] as const;

/** A ledger event of SCORE_EVENT_TYPES. */
export type ScoreEvent = CloudEvent<
  PointsEarnedV1 | BonusAwardedV1 | PointsAdjustedV1 | PointsAdjustedV2
>;

/**
 * Points that count on a person's leaderboards: an earn or a bonus the ledger credited, or an
 * admin's reversal that takes points away.
 */
export interface Score {
  /** The ledger event's id, in lower case: each counts once. */
  eventId: string;
  tenantId: string;
  /** The person's pseudonymous id (their account), in lower case. */
  userId: string;
  /** Whole points: at least 1, or at most -1 for a reversal. */
  points: number;
  /**
   * When the ledger booked them: the event's `time`. It picks the person's groups (their
   * memberships then) and is the instant their entries reached the score (ties).
   */
  earnedAt: Date;
  /**
   * When the person took part (PointsEarned's `participatedAt`), when the event names it: it
   * picks the periods the points count in (see periodTimeOf). Absent for bonuses, reversals
   * and earns published before the field existed.
   */
  participatedAt?: Date;
  /**
   * `earned` for a participation's points (PointsEarned), which makes the person an active
   * member of their groups' boards; `bonus` for a place's bonus (BonusAwarded), which does not;
   * `reversal` for points a tenant admin took away (a negative PointsAdjusted).
   */
  kind: ScoreKind;
  /** The activity's category, for the category's boards too; absent for bonuses and reversals. */
  category?: ActivityCategory;
}

export type ScoreKind = 'earned' | 'bonus' | 'reversal';

/**
 * The score a ledger event gives: PointsEarned (with its activity's category when it names
 * one), BonusAwarded (every category's board only), or a PointsAdjusted (v1 or v2) that takes
 * points away, a reversal. Undefined for an adjustment that adds points: a correction in the
 * person's favour is no participation, so it does not raise a ranking (issue 13: "an admin's
 * reversal of fraudulent points" lowers one). Spending, gifts and expiry are no scores: they
 * never lower a ranking, so they are not read at all.
 */
export function scoreOf(event: CloudEvent<PointsEarnedV1 | BonusAwardedV1>): Score;
export function scoreOf(event: ScoreEvent): Score | undefined;
export function scoreOf(event: ScoreEvent): Score | undefined {
  const { data } = event;
  const kind: ScoreKind =
    event.type === PointsEarned ? 'earned' : event.type === BonusAwarded ? 'bonus' : 'reversal';
  if (kind === 'reversal' && data.points >= 0) return undefined;
  return {
    eventId: event.id.toLowerCase(),
    tenantId: event.tenantid,
    userId: data.accountId.toLowerCase(),
    points: data.points,
    earnedAt: new Date(event.time),
    kind,
    ...('category' in data && data.category && { category: data.category }),
    ...('participatedAt' in data &&
      data.participatedAt && { participatedAt: new Date(data.participatedAt) }),
  };
}

/**
 * The instant whose periods (week, month, year in the tenant's zone) a score counts in: when
 * the person took part, if the event says so, else when the ledger booked the points. An
 * offline phone's check-in sent after a period ended thus counts for the period it was made in
 * (on its board while that period is open; on the longer periods' boards only once it has
 * closed, see RebuildBoards and PeriodClosures).
 */
export function periodTimeOf(score: Score): Date {
  return score.participatedAt ?? score.earnedAt;
}
