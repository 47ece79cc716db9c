import type { components } from '@citypoints/public-api';
import type { Category } from '../pages/categories';

type Activity = components['schemas']['ActivityDto'];
type Method = Activity['methods'][number];

/** The schedule kinds activity-rules' Schedule has (libs/activity-rules). */
export const SCHEDULE_KINDS = ['always', 'event', 'weekly'] as const;
export type ScheduleKind = (typeof SCHEDULE_KINDS)[number];
/** The periods a per-period limit counts in (activity-rules' LimitPeriod). */
export const PERIODS = ['day', 'week', 'month'] as const;

/** One row of weekly opening hours: an ISO weekday and local times 'HH:mm'. */
export interface Hours {
  day: number;
  open: string;
  close: string;
}

/** The editor's form: texts by language and numbers as typed, until saved. */
export interface ActivityForm {
  titles: Record<string, string>;
  descriptions: Record<string, string>;
  category: Category;
  points: string;
  schedule: ScheduleKind;
  startsAt: string;
  endsAt: string;
  hours: Hours[];
  exceptions?: unknown;
  methods: Method[];
  oncePerOccurrence: boolean;
  perPeriodCount: string;
  period: '' | (typeof PERIODS)[number];
  cooldownMinutes: string;
}

/** The form of a new activity: always open, 10 points, QR code and position, no limits. */
export const EMPTY: ActivityForm = {
  titles: { en: '', sv: '', pt: '' },
  descriptions: { en: '', sv: '', pt: '' },
  category: 'environment',
  points: '10',
  schedule: 'always',
  startsAt: '',
  endsAt: '',
  hours: [],
  methods: ['qr-gps'],
  oncePerOccurrence: false,
  perPeriodCount: '',
  period: '',
  cooldownMinutes: '',
};

/**
 * The form of a saved activity, to edit it: its schedule's kind and fields (exceptions kept as
 * they are, the editor does not change them) and its limits, as activity-rules shapes them.
 */
export function formOf(activity: Activity): ActivityForm {
  const schedule = activity.schedule as {
    kind?: ScheduleKind;
    start?: string;
    end?: string;
    hours?: Hours[];
    exceptions?: unknown;
  };
  const limits = activity.limits as {
    oncePerOccurrence?: boolean;
    perPeriod?: { count: number; period: (typeof PERIODS)[number] };
    cooldownMinutes?: number;
  };
  return {
    titles: { ...EMPTY.titles, ...activity.titles },
    descriptions: { ...EMPTY.descriptions, ...activity.descriptions },
    category: activity.category,
    points: String(activity.points),
    schedule: schedule.kind ?? 'always',
    startsAt: schedule.start ?? '',
    endsAt: schedule.end ?? '',
    hours: schedule.hours ?? [],
    exceptions: schedule.exceptions,
    methods: activity.methods,
    oncePerOccurrence: limits.oncePerOccurrence ?? false,
    perPeriodCount: limits.perPeriod ? String(limits.perPeriod.count) : '',
    period: limits.perPeriod?.period ?? '',
    cooldownMinutes: limits.cooldownMinutes ? String(limits.cooldownMinutes) : '',
  };
}

/**
 * What the public API takes of `form` (POST /activities, PUT /activities/{id}), the place
 * apart: the texts typed (empty languages left out), the numbers as numbers, the schedule of
 * its kind (an event's local date-times 'YYYY-MM-DDTHH:mm' as datetime-local inputs give them,
 * weekly hours as rows; exceptions kept as read), and only the limits set (none: `{}`).
 */
export function bodyOf(form: ActivityForm) {
  const only = (texts: Record<string, string>) =>
    Object.fromEntries(Object.entries(texts).filter(([, value]) => value.trim() !== ''));
  const exceptions = form.exceptions ? { exceptions: form.exceptions } : {};
  const schedule =
    form.schedule === 'always'
      ? { kind: 'always', ...exceptions }
      : form.schedule === 'event'
        ? { kind: 'event', start: form.startsAt, end: form.endsAt, ...exceptions }
        : { kind: 'weekly', hours: form.hours, ...exceptions };
  const limits = {
    ...(form.oncePerOccurrence && { oncePerOccurrence: true }),
    ...(form.period && {
      perPeriod: { count: Number(form.perPeriodCount), period: form.period },
    }),
    ...(form.cooldownMinutes.trim() && { cooldownMinutes: Number(form.cooldownMinutes) }),
  };
  return {
    titles: only(form.titles),
    descriptions: only(form.descriptions),
    category: form.category,
    points: Number(form.points),
    schedule,
    methods: form.methods,
    limits,
  };
}
