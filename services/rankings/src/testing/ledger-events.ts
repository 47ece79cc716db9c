import {
  ActivityCategory,
  BonusAwarded,
  BonusAwardedV1,
  CloudEvent,
  createEvent,
  PointsAdjustedV2,
  PointsAdjustedV2Type,
  PointsEarned,
  PointsEarnedV1,
  TenantSettingsChanged,
  TenantSettingsChangedV1,
} from '@citypoints/contracts';
import { randomUUID } from 'node:crypto';

const fromLedger = (tenantid: string) => ({ source: '/citypoints/ledger', tenantid });

/**
 * The ledger's PointsEarned for `userId`, as credited at `time` (ISO 8601), made at
 * `participatedAt` (ISO 8601) when given.
 */
export function pointsEarned(
  tenantId: string,
  userId: string,
  points: number,
  time: string,
  category?: ActivityCategory,
  participatedAt?: string,
): CloudEvent<PointsEarnedV1> {
  const data = { accountId: userId, participationId: randomUUID(), points, balance: points };
  const event = createEvent(
    PointsEarned,
    { ...data, ...(category && { category }), ...(participatedAt && { participatedAt }) },
    fromLedger(tenantId),
  );
  return { ...event, time };
}

/** The ledger's BonusAwarded for last week's first place, credited at `time`. */
export function bonusAwarded(
  tenantId: string,
  userId: string,
  points: number,
  time: string,
): CloudEvent<BonusAwardedV1> {
  const data: BonusAwardedV1 = {
    accountId: userId,
    scope: 'individual',
    period: '2027-W11',
    place: 1,
    points,
    balance: points,
  };
  return { ...createEvent(BonusAwarded, data, fromLedger(tenantId)), time };
}

/** A tenant admin's adjustment of `userId`'s account by `points` (negative: a reversal). */
export function pointsAdjusted(
  tenantId: string,
  userId: string,
  points: number,
  time: string,
): CloudEvent<PointsAdjustedV2> {
  const data: PointsAdjustedV2 = {
    accountId: userId,
    adjustmentId: randomUUID(),
    points,
    adjustedBy: randomUUID(),
    balance: 0,
  };
  return { ...createEvent(PointsAdjustedV2Type, data, fromLedger(tenantId)), time };
}

/** Identity's settings of a tenant in `timeZone`, with `more` of them when given. */
export function tenantSettings(
  tenantId: string,
  timeZone: string,
  more: Partial<TenantSettingsChangedV1> = {},
): CloudEvent<TenantSettingsChangedV1> {
  return createEvent(
    TenantSettingsChanged,
    { timeZone, pointsExpiryMonths: null, leaderboardBonuses: [], ...more },
    { source: '/citypoints/identity', tenantid: tenantId },
  );
}
