import { ActivityLimits, Schedule } from '@citypoints/activity-rules';
import { ActivitySnapshotV1 } from '@citypoints/contracts';

/**
 * A published activity as verification judges check-ins by it: the activities service's last
 * snapshot of it (ActivityPublished or ActivityUpdated), with its schedule and limits checked
 * by activity-rules when the event was applied. `schedule` is in the tenant's time zone
 * (timeZoneOf); `codeGeneration` is the generation of codes it accepts.
 */
export interface CatalogueActivity extends Omit<ActivitySnapshotV1, 'schedule' | 'limits'> {
  tenantId: string;
  schedule: Schedule;
  limits: ActivityLimits;
}
