import { ActivityArchived, ActivitySnapshotV1, createEvent, Topics } from '@citypoints/contracts';
import { OutboxMessage } from '@citypoints/messaging';
import { Activity } from './activity';

/**
 * The outbox message of event `type` about `activity`, keyed `<tenant>:<activity>` so that one
 * activity's events reach verification in order. ActivityArchived carries the id only; the
 * others carry the activity as verification judges check-ins by it (ActivitySnapshotV1): no
 * descriptions or image, which it does not need. Throws InvalidEventError on data its schema
 * refuses.
 */
export function activityMessage(type: string, activity: Activity): OutboxMessage {
  const { tenantId, activityId } = activity;
  const data = type === ActivityArchived ? { activityId } : snapshot(activity);
  const event = createEvent(type, data, {
    source: '/citypoints/activities',
    tenantid: tenantId,
    subject: activityId,
  });
  return { topic: Topics.activities, key: `${tenantId}:${activityId}`, event };
}

function snapshot(activity: Activity): ActivitySnapshotV1 {
  const { activityId, titles, category, points, impact, place } = activity;
  const { schedule, methods, limits, codeGeneration, version } = activity;
  return {
    activityId,
    titles,
    category,
    points,
    ...(impact && { impact }),
    ...(place && { place }),
    schedule,
    methods,
    limits: { ...limits },
    codeGeneration,
    version,
  };
}
