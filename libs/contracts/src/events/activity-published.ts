import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { ActivitySnapshotV1 } from './activity-snapshot';

/** A tenant admin published an activity: from now on check-ins to it may be verified. */
export class ActivityPublishedV1 extends ActivitySnapshotV1 {}

export const ActivityPublished = defineEvent({
  type: 'citypoints.activities.ActivityPublished.v1',
  topic: Topics.activities,
  payload: ActivityPublishedV1,
});
