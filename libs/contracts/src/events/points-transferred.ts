import { IsIn, IsInt, IsOptional, IsUUID, Min, ValidateBy } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { IsPoints } from '../fields/is-points';
import { EVENT_POINTS } from './event-points';

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
        const { fromAccountId, toAccountId } = args?.object as PointsTransferredV2;
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
 *
 * Superseded by PointsTransferredV2: each v1 copy carries both sides' balances, so it shows
 * the sender the receiver's balance and the receiver the sender's. The ledger no longer
 * publishes v1; it stays registered for the copies already stored and on the topic.
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

  @IsPoints('positive', EVENT_POINTS)
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

/**
 * A citizen gave points to another citizen (transfer) or to a charitable cause (donate): the
 * copy for one side of it. The ledger publishes one copy per affected account, keyed
 * `<tenant>:<account>` (a cause's account is `cause:<causeId>`), so that every event about an
 * account is ordered with that account's other events; a consumer that counts transfers takes
 * the sender's copy (`accountId === fromAccountId`).
 *
 * Unlike v1, a copy carries only its own account's balance: a balance is the account holder's
 * alone, and each copy reaches its account's holder (their event stream), so sending one point
 * must not reveal the receiver's balance, nor receiving it the sender's. A new version because
 * v1's `fromBalance` and `toBalance` are required (VERSIONING.md); consumers accept both
 * versions, and the ledger publishes only v2.
 */
export class PointsTransferredV2 {
  @IsUUID()
  transferId: string;

  @IsIn(KINDS)
  kind: (typeof KINDS)[number];

  @IsUUID()
  fromAccountId: string;

  /** A citizen's id for a transfer, a cause's id for a donation. */
  @IsUUID()
  toAccountId: string;

  @IsPoints('positive', EVENT_POINTS)
  points: number;

  /** The account this copy is about and is keyed by: `fromAccountId` or `toAccountId`. */
  @IsUUID()
  @IsOneOfTheAccounts()
  accountId: string;

  /** `accountId`'s balance right after the transfer, in points. */
  @IsInt()
  @Min(0)
  balance: number;
}

/** The type of PointsTransferredV2 (`PointsTransferred` is v1's). */
export const PointsTransferredV2Type = defineEvent({
  type: 'citypoints.ledger.PointsTransferred.v2',
  topic: Topics.ledger,
  payload: PointsTransferredV2,
});
