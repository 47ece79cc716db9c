import { DateTime, DurationLikeObject } from 'luxon';
import { ActivityLimits, CheckInTime, LimitPeriod, LimitRefusal } from './activity-limits';

const ONE: Record<LimitPeriod, DurationLikeObject> = {
  day: { days: 1 },
  week: { weeks: 1 },
  month: { months: 1 },
};
const MINUTE = 60_000;

/**
 * Whether valid `limits` (assertLimits) refuse the `scan` of a person who checked in to the
 * same activity at `previous` (the scan itself not among them), or undefined when they allow
 * it. `previous` may be cut to those since the start of the scan's period or its cooldown,
 * whichever is earlier, plus those of the scan's occurrence. Reasons, first that holds:
 * `once-per-occurrence` (a previous check-in has the scan's occurrence; no retryAt, as the
 * next occurrence is the schedule's to say; a scan without an occurrence, as under an
 * 'always' schedule, is not limited so); `limit-reached` (`count`
 * check-ins already in the scan's calendar day, ISO week or month in the tenant's IANA
 * `timeZone`, whose length a daylight-saving change alters; retryAt the next one's start);
 * `cooldown` (less than `cooldownMinutes` elapsed since the latest check-in, counted in real
 * minutes, not on the clock; retryAt when they have). When both of the last two hold, the one
 * with the later retryAt, so that the person who waits for it is not refused again.
 * Throws on an unknown time zone.
 */
export function limitReached(
  limits: ActivityLimits,
  previous: CheckInTime[],
  scan: CheckInTime,
  timeZone: string,
): LimitRefusal | undefined {
  if (limits.oncePerOccurrence && scan.occurrence !== undefined) {
    const again = previous.some((checkIn) => checkIn.occurrence === scan.occurrence);
    if (again) return { reason: 'once-per-occurrence' };
  }
  const refusals = [
    periodRefusal(limits, previous, scan, timeZone),
    cooldownRefusal(limits, previous, scan),
  ];
  return refusals
    .filter((refusal) => refusal !== undefined)
    .sort((a, b) => b.retryAt.getTime() - a.retryAt.getTime())[0];
}

function periodRefusal(
  { perPeriod }: ActivityLimits,
  previous: CheckInTime[],
  scan: CheckInTime,
  timeZone: string,
) {
  if (!perPeriod) return undefined;
  const local = DateTime.fromJSDate(scan.at, { zone: timeZone });
  if (!local.isValid) throw new Error(`unknown time zone "${timeZone}"`);
  // Luxon's week starts on Monday, as the ISO week does, unless asked for the locale's.
  const start = local.startOf(perPeriod.period).toJSDate();
  const end = local.startOf(perPeriod.period).plus(ONE[perPeriod.period]).toJSDate();
  const used = previous.filter((checkIn) => checkIn.at >= start && checkIn.at < end).length;
  return used < perPeriod.count ? undefined : { reason: 'limit-reached' as const, retryAt: end };
}

function cooldownRefusal(
  { cooldownMinutes }: ActivityLimits,
  previous: CheckInTime[],
  scan: CheckInTime,
) {
  if (!cooldownMinutes || previous.length === 0) return undefined;
  const latest = previous.reduce((last, checkIn) => Math.max(last, checkIn.at.getTime()), 0);
  const retryAt = latest + cooldownMinutes * MINUTE;
  return scan.at.getTime() < retryAt
    ? { reason: 'cooldown' as const, retryAt: new Date(retryAt) }
    : undefined;
}
