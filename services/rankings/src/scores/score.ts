import {
  ActivityCategory,
  BonusAwardedV1,
  CloudEvent,
  PointsEarned,
  PointsEarnedV1,
} from '@citypoints/contracts';

/** Points that count on a person's leaderboards: an earn or a bonus the ledger credited. */
export interface Score {
  /** The ledger event's id, in lower case: each counts once. */
  eventId: string;
  tenantId: string;
  /** The person's pseudonymous id (their account), in lower case. */
  userId: string;
  /** Whole points, at least 1. */
  points: number;
  /** When the ledger credited them: the event's `time`; it picks the periods they count in. */
  earnedAt: Date;
  /**
   * `earned` for a participation's points (PointsEarned), which makes the person an active
   * member of their groups' boards; `bonus` for a place's bonus (BonusAwarded), which does not.
   */
  kind: ScoreKind;
  /** The activity's category, for the category's boards too; absent for bonuses. */
  category?: ActivityCategory;
}

export type ScoreKind = 'earned' | 'bonus';

/**
 * The score a ledger event gives: PointsEarned (with its activity's category when it names
 * one) or BonusAwarded (every category's board only). Spending, gifts and expiry are no
 * scores: they never lower a ranking.
 */
export function scoreOf(event: CloudEvent<PointsEarnedV1 | BonusAwardedV1>): Score {
  const { data } = event;
  return {
    eventId: event.id.toLowerCase(),
    tenantId: event.tenantid,
    userId: data.accountId.toLowerCase(),
    points: data.points,
    earnedAt: new Date(event.time),
    kind: event.type === PointsEarned ? 'earned' : 'bonus',
    ...('category' in data && data.category && { category: data.category }),
  };
}
