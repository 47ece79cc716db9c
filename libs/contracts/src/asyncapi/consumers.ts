import * as E from '../index';
import { Topic, Topics } from '../topics';

/**
 * Which events each service handles, by topic: the `@EventPattern`s of its handlers (see each
 * service's `*.handler.ts`), for the document's `receive` operations.
 */
export const CONSUMERS: Record<string, Partial<Record<Topic, string[]>>> = {
  activities: { [Topics.identity]: [E.TenantSettingsChanged] },
  gateway: {
    [Topics.identity]: [E.SessionsRevoked],
    [Topics.ledger]: [
      E.PointsEarned,
      E.PointsSpent,
      E.DebitRejected,
      E.BonusAwarded,
      E.PointsExpired,
      E.PointsAdjusted,
      E.PointsAdjustedV2Type,
      E.PointsForfeited,
      E.PointsRefunded,
      E.PointsTransferred,
      E.PointsTransferredV2Type,
    ],
    [Topics.rewards]: [E.VoucherIssued, E.RedemptionFailed, E.VoucherCancelled],
  },
  ledger: {
    [Topics.identity]: [E.UserRegistered, E.UserErased, E.TenantSettingsChanged],
    [Topics.verification]: [E.ParticipationVerified],
    [Topics.rankings]: [E.LeaderboardPeriodClosed],
    [Topics.rewards]: [
      E.CausePublished,
      E.CauseArchived,
      E.RedemptionRequested,
      E.RedemptionFailed,
      E.VoucherCancelled,
    ],
  },
  rankings: {
    [Topics.identity]: [
      E.TenantSettingsChanged,
      E.GroupCreated,
      E.MemberJoinedGroup,
      E.MemberLeftGroup,
      E.GroupDeleted,
    ],
    [Topics.ledger]: [E.PointsEarned, E.BonusAwarded, E.PointsAdjusted, E.PointsAdjustedV2Type],
  },
  rewards: {
    [Topics.ledger]: [
      E.PointsSpent,
      E.DebitRejected,
      E.PointsTransferred,
      E.PointsTransferredV2Type,
    ],
  },
  verification: {
    [Topics.participationReported]: [E.ParticipationReported],
    [Topics.activities]: [E.ActivityPublished, E.ActivityUpdated, E.ActivityArchived],
    [Topics.identity]: [
      E.UserRegistered,
      E.UserErased,
      E.PersonalCardRevoked,
      E.TenantSettingsChanged,
    ],
  },
};
