import { IsIn, IsInt, IsUUID, Min } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { IsPoints } from './is-points';

const KINDS = ['transfer', 'donate'] as const;

/** A citizen gave points to another citizen (transfer) or to a charitable cause (donate). */
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
}

export const PointsTransferred = defineEvent({
  type: 'citypoints.ledger.PointsTransferred.v1',
  topic: Topics.ledger,
  payload: PointsTransferredV1,
});
