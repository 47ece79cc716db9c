import { activitySnapshotData } from '../testing/activity-snapshot-data';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { ActivityUpdated } from './activity-updated';

describeEventSchema({
  type: ActivityUpdated,
  topic: Topics.activities,
  valid: activitySnapshotData,
  accepts: [{ codeGeneration: 2 }, { place: undefined }],
  refuses: [
    [{ codeGeneration: 1.5 }, 'data.codeGeneration: codeGeneration must be an integer'],
    [{ version: 0 }, 'data.version: version must not be less than 1'],
    [{ version: undefined }, 'data.version: version must not be less than 1'],
    [{ titles: undefined }, 'data.titles: titles must have at least one language'],
    [{ schedule: undefined }, 'data.schedule: schedule must be an object whose kind'],
  ],
});
