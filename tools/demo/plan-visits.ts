import { isOpenAt, Schedule } from '@citypoints/activity-rules';
import { DateTime } from 'luxon';
import { Random } from './random';
import { DemoActivity } from './seed-activities';

/** A check-in a resident will make: where, and when they scanned its code. */
export interface Visit {
  activity: DemoActivity;
  scannedAt: Date;
}

const HOUR = 3_600_000;
/** How far back a check-in may be sent: within the tenant's late check-in delay (168 h). */
export const EARLIEST_HOURS = 160;

/**
 * A resident's visits in the past week before `until` (ms), oldest first: how many by their
 * level of activity (a few residents none, a few many), each at an activity drawn by its
 * weight, at a time it is open, at most once a local day per activity and three hours apart,
 * and no more than the activity's weekly limit, so that the rules credit nearly all of them.
 */
export function planVisits(
  activities: DemoActivity[],
  timeZone: string,
  until: number,
  random: Random,
): Visit[] {
  const wanted = visitCount(random());
  const usable = activities.filter((a) => a.spec.use === 'check-in');
  const totalWeight = usable.reduce((sum, a) => sum + a.spec.weight, 0);
  const visits: Visit[] = [];
  for (let attempt = 0; attempt < wanted * 25 && visits.length < wanted; attempt++) {
    let draw = random() * totalWeight;
    const activity = usable.find((a) => (draw -= a.spec.weight) < 0) ?? usable[0];
    const at = until - (0.25 + random() * (EARLIEST_HOURS - 0.25)) * HOUR;
    const scannedAt = new Date(Math.floor(at / 60_000) * 60_000);
    if (!isOpenAt(activity.spec.body.schedule as unknown as Schedule, scannedAt, timeZone))
      continue;
    if (fits(visits, activity, scannedAt, timeZone)) visits.push({ activity, scannedAt });
  }
  return visits.sort((a, b) => a.scannedAt.getTime() - b.scannedAt.getTime());
}

function visitCount(r: number): number {
  if (r < 0.15) return Math.floor(r * 10);
  if (r < 0.65) return 3 + Math.floor((r - 0.15) * 10);
  if (r < 0.92) return 8 + Math.floor((r - 0.65) * 25);
  return 15 + Math.floor((r - 0.92) * 100);
}

function fits(visits: Visit[], activity: DemoActivity, at: Date, timeZone: string): boolean {
  const day = (date: Date) => DateTime.fromJSDate(date, { zone: timeZone }).toISODate();
  const same = visits.filter((v) => v.activity === activity);
  const limit = activity.spec.body.limits?.perPeriod;
  const weekly = limit?.period === 'week' ? limit.count : 7;
  return (
    visits.every((v) => Math.abs(v.scannedAt.getTime() - at.getTime()) >= 3 * HOUR) &&
    same.length < weekly &&
    same.every((v) => day(v.scannedAt) !== day(at))
  );
}
