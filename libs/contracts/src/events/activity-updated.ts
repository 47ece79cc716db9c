import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { ActivitySnapshotV1 } from './activity-snapshot';

/**
 * A published activity changed: its fields, or its code generation when an admin rotated its
 * codes. It carries the whole activity, not the change, so a consumer replaces what it had.
 */
export class ActivityUpdatedV1 extends ActivitySnapshotV1 {}

export const ActivityUpdated = defineEvent({
  type: 'citypoints.activities.ActivityUpdated.v1',
  topic: Topics.activities,
  payload: ActivityUpdatedV1,
});
