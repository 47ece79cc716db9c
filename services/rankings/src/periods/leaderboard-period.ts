import { LeaderboardPeriodKind } from '@citypoints/http-contracts';
import { DateTime } from 'luxon';

/** One run of a tenant's leaderboards, from one reset to the next. */
export interface LeaderboardPeriod {
  kind: LeaderboardPeriodKind;
  /**
   * `2027-W01` (ISO 8601 week-year and week), `2027-03`, `2027`, or `all`: unique per tenant,
   * in the form LeaderboardPeriodClosed's `period` takes (letters, digits and dashes).
   */
  id: string;
  /** Its first instant; null for all time. */
  startsAt: Date | null;
  /** The instant after its last, when the board starts again from zero; null for all time. */
  nextResetAt: Date | null;
}

const ID_FORMAT = { week: "kkkk-'W'WW", month: 'yyyy-MM', year: 'yyyy' } as const;
const ONE = { week: { weeks: 1 }, month: { months: 1 }, year: { years: 1 } } as const;

/**
 * The period of `kind` that `instant` falls in, by the calendar of `timeZone` (IANA): weeks
 * are ISO 8601's, Monday 00:00 to Monday 00:00 local time; months and years start at local
 * midnight of their first day. Its start is included and its reset excluded, so a period of a
 * daylight-saving change lasts an hour more or less. Throws a RangeError for a time zone that
 * luxon (the platform's Intl) does not know.
 */
export function periodAt(
  kind: LeaderboardPeriodKind,
  instant: Date,
  timeZone: string,
): LeaderboardPeriod {
  if (kind === 'all') return { kind, id: 'all', startsAt: null, nextResetAt: null };
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  if (!local.isValid) throw new RangeError(`${timeZone}: ${local.invalidExplanation}`);
  const start = local.startOf(kind);
  // From the next period's own start: a local midnight that a clock change skips moves it.
  const next = local.plus(ONE[kind]).startOf(kind);
  return {
    kind,
    id: start.toFormat(ID_FORMAT[kind]),
    startsAt: start.toJSDate(),
    nextResetAt: next.toJSDate(),
  };
}

// The last period found of each zone and kind: consecutive scores mostly fall in it.
const recent = new Map<string, LeaderboardPeriod>();
const MOST_RECENT = 1000;

/**
 * periodAt's id, without luxon when `instant` falls in the period last found for the same
 * zone and kind (the scores of a batch or a rebuild mostly do): a scoring path's shortcut, as
 * exact as periodAt. Throws as periodAt does.
 */
export function periodIdAt(kind: LeaderboardPeriodKind, instant: Date, timeZone: string): string {
  if (kind === 'all') return 'all';
  const key = `${timeZone}|${kind}`;
  const time = instant.getTime();
  const last = recent.get(key);
  if (last?.startsAt && last.nextResetAt) {
    if (last.startsAt.getTime() <= time && time < last.nextResetAt.getTime()) return last.id;
  }
  const period = periodAt(kind, instant, timeZone);
  if (recent.size >= MOST_RECENT) recent.clear();
  recent.set(key, period);
  return period.id;
}
