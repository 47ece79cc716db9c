import { IsIn, IsInt, IsOptional, IsUUID, Min, ValidateBy } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { IsPoints } from './is-points';

const KINDS = ['transfer', 'donate'] as const;

/**
 * `accountId` names one side of the transfer: the sender's or the receiver's id.
 * Added to v1 as an optional field (VERSIONING.md: consumers first, then the producer).
 */
function IsOneOfTheAccounts(): PropertyDecorator {
  return ValidateBy({
    name: 'isOneOfTheAccounts',
    validator: {
      validate: (value, args) => {
        const { fromAccountId, toAccountId } = args?.object as PointsTransferredV1;
        return value === fromAccountId || value === toAccountId;
      },
      defaultMessage: () => 'accountId must be fromAccountId or toAccountId',
    },
  });
}

/**
 * A citizen gave points to another citizen (transfer) or to a charitable cause (donate).
 *
 * The ledger publishes one copy per affected account, keyed `<tenant>:<account>` (a cause's
 * account is `cause:<causeId>`), so that every event about an account is ordered with that
 * account's other events. A consumer that counts transfers takes the sender's copy
 * (`accountId === fromAccountId`); copies published before `accountId` existed are one per
 * transfer, keyed by the sender.
 */
export class PointsTransferredV1 {
  @IsUUID()
  transferId: string;

  @IsIn(KINDS)
  kind: (typeof KINDS)[number];

  @IsUUID()
  fromAccountId: string;

  /** A citizen's id for a transfer, a cause's id for a donation. */
  @IsUUID()
  toAccountId: string;

  @IsPoints()
  points: number;

  @IsInt()
  @Min(0)
  fromBalance: number;

  @IsInt()
  @Min(0)
  toBalance: number;

  /** The account this copy is about: `fromAccountId` or `toAccountId`. */
  @IsOptional()
  @IsUUID()
  @IsOneOfTheAccounts()
  accountId?: string;
}

export const PointsTransferred = defineEvent({
  type: 'citypoints.ledger.PointsTransferred.v1',
  topic: Topics.ledger,
  payload: PointsTransferredV1,
});
