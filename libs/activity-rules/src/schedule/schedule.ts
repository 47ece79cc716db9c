/** ISO 8601 weekday: 1 is Monday, 7 is Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * A window of local wall-clock times 'HH:mm' in the tenant's time zone. A close earlier than
 * the open closes the next day (a night walk 22:00–02:00); '24:00' closes at the end of the day.
 */
export interface LocalHours {
  open: string;
  close: string;
}

/** The activity is open on `day` of every week during the hours. */
export interface WeeklyHours extends LocalHours {
  day: IsoWeekday;
}

/**
 * A date 'YYYY-MM-DD' whose usual windows are replaced: by none (`closed`) or by one window.
 * It replaces the windows that open on that date; one that opened the evening before still
 * runs past midnight.
 */
export type ScheduleException = { date: string; closed: true } | ({ date: string } & LocalHours);

/**
 * When an activity is open, in the tenant's IANA time zone: always, once from `start` to `end`
 * (local date-times 'YYYY-MM-DDTHH:mm'), or during weekly opening hours; each with exceptions.
 */
export type Schedule = (
  | { kind: 'always' }
  | { kind: 'event'; start: string; end: string }
  | { kind: 'weekly'; hours: WeeklyHours[] }
) & { exceptions?: ScheduleException[] };

/** Four windows a day; more is a typing mistake rather than a timetable. */
export const MAX_WEEKLY_HOURS = 28;
/** One exception for every day of a year. */
export const MAX_EXCEPTIONS = 366;
