import { assertLimits, assertSchedule } from '@citypoints/activity-rules';
import { ActivitySnapshotV1, CloudEvent } from '@citypoints/contracts';
import { CatalogueActivity } from './catalogue-activity';

/** An activity as an event tells it (its version orders changes), and the event's time. */
export interface CatalogueEntry {
  activity: CatalogueActivity;
  changedAt: string;
}

/**
 * The catalogue entry an ActivityPublished or ActivityUpdated event carries. The contract
 * checks the schedule and limits only by shape, so they are checked here in full, as the
 * activities service checked them: throws DomainError('invalid') naming the field otherwise,
 * which dead-letters the event rather than leave a schedule no check-in can be judged by.
 */
export function catalogueEntryOf(event: CloudEvent<ActivitySnapshotV1>): CatalogueEntry {
  const { schedule, limits, ...snapshot } = event.data;
  assertSchedule(schedule);
  assertLimits(limits);
  return {
    activity: { ...snapshot, tenantId: event.tenantid, schedule, limits },
    changedAt: event.time,
  };
}
