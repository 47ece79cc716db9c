/** A calendar period of the tenant, in its time zone: a day, an ISO week (Monday first), a month. */
export type LimitPeriod = 'day' | 'week' | 'month';
export const LIMIT_PERIODS: readonly LimitPeriod[] = ['day', 'week', 'month'];

/**
 * How often one person may check in to one activity: once per occurrence of its schedule
 * (occurrenceOf), at most `count` times per calendar period, and not again within
 * `cooldownMinutes` (elapsed minutes) of the last check-in. Each is optional; none is no limit.
 */
export interface ActivityLimits {
  oncePerOccurrence?: boolean;
  perPeriod?: { count: number; period: LimitPeriod };
  cooldownMinutes?: number;
}

/** A person's check-in as the limits see it: when, and in which occurrence (occurrenceOf). */
export interface CheckInTime {
  at: Date;
  occurrence?: string;
}

/** Why the limits refuse a check-in, a stable code, and when the person may try again. */
export interface LimitRefusal {
  reason: 'once-per-occurrence' | 'limit-reached' | 'cooldown';
  retryAt?: Date;
}

/** More check-ins a period than this is no limit at all: leave the limit out instead. */
export const MAX_PER_PERIOD = 1000;
/** A year, in minutes: a longer wait is an activity to archive. */
export const MAX_COOLDOWN_MINUTES = 365 * 24 * 60;
