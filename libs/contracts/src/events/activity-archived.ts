import { IsUUID } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

/** An activity was archived, for good: no check-in to it is verified any more. */
export class ActivityArchivedV1 {
  @IsUUID()
  activityId: string;
}

export const ActivityArchived = defineEvent({
  type: 'citypoints.activities.ActivityArchived.v1',
  topic: Topics.activities,
  payload: ActivityArchivedV1,
});
