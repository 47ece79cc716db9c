import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { CauseArchived } from './cause-archived';

describeEventSchema({
  type: CauseArchived,
  topic: Topics.rewards,
  valid: () => ({ causeId: '0190a6a8-2f5e-7c3d-8a1b-2c3d4e5f6a7b' }),
  accepts: [],
  refuses: [[{ causeId: 7 }, 'data.causeId: causeId must be a UUID']],
});
