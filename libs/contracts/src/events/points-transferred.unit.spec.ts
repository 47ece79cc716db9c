import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { PointsTransferred } from './points-transferred';

describeEventSchema({
  type: PointsTransferred,
  topic: Topics.ledger,
  valid: () => ({
    transferId: randomUUID(),
    kind: 'transfer',
    fromAccountId: randomUUID(),
    toAccountId: randomUUID(),
    points: 5,
    fromBalance: 0,
    toBalance: 5,
  }),
  accepts: [{ kind: 'donate' }],
  refuses: [
    [{ kind: 'loan' }, 'data.kind: kind must be one of the following values: transfer, donate'],
    [{ toAccountId: 'cause:1' }, 'data.toAccountId: toAccountId must be a UUID'],
    [{ fromBalance: -5 }, 'data.fromBalance: fromBalance must not be less than 0'],
  ],
});
