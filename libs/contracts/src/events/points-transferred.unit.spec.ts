import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { PointsTransferred } from './points-transferred';

const [sender, receiver] = [randomUUID(), randomUUID()];

describeEventSchema({
  type: PointsTransferred,
  topic: Topics.ledger,
  valid: () => ({
    transferId: randomUUID(),
    kind: 'transfer',
    fromAccountId: sender,
    toAccountId: receiver,
    points: 5,
    fromBalance: 0,
    toBalance: 5,
  }),
  accepts: [{ kind: 'donate' }, { accountId: sender }, { accountId: receiver }],
  refuses: [
    [{ kind: 'loan' }, 'data.kind: kind must be one of the following values: transfer, donate'],
    [{ toAccountId: 'cause:1' }, 'data.toAccountId: toAccountId must be a UUID'],
    [{ fromBalance: -5 }, 'data.fromBalance: fromBalance must not be less than 0'],
    [{ accountId: randomUUID() }, 'data.accountId: accountId must be fromAccountId or toAccountId'],
  ],
});
