import { randomUUID } from 'node:crypto';
import { describeEventSchema } from '../testing/describe-event-schema';
import { Topics } from '../topics';
import { PointsTransferred, PointsTransferredV2Type } from './points-transferred';

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

describeEventSchema({
  type: PointsTransferredV2Type,
  topic: Topics.ledger,
  valid: () => ({
    transferId: randomUUID(),
    kind: 'transfer',
    fromAccountId: sender,
    toAccountId: receiver,
    points: 5,
    accountId: receiver,
    balance: 5,
  }),
  accepts: [{ kind: 'donate' }, { accountId: sender, balance: 0 }],
  refuses: [
    [{ toBalance: 5 }, 'data.toBalance: property toBalance should not exist'],
    [{ fromBalance: 0 }, 'data.fromBalance: property fromBalance should not exist'],
    [{ accountId: undefined }, 'data.accountId: accountId must be a UUID'],
    [{ accountId: randomUUID() }, 'data.accountId: accountId must be fromAccountId or toAccountId'],
    [{ balance: undefined }, 'data.balance: balance must be an integer number'],
    [{ balance: -1 }, 'data.balance: balance must not be less than 0'],
  ],
});
