import { IsInt, IsUUID, Length, Min } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';
import { IsPoints } from '../fields/is-points';
import { EVENT_POINTS } from './event-points';

/** The ledger refused a redemption's debit: rewards releases the reserved stock. */
export class DebitRejectedV1 {
  @IsUUID()
  accountId: string;

  @IsUUID()
  redemptionId: string;

  @IsPoints('positive', EVENT_POINTS)
  points: number;

  /** The balance the debit found, too low for it. */
  @IsInt()
  @Min(0)
  balance: number;

  @Length(1, 500)
  reason: string;
}

export const DebitRejected = defineEvent({
  type: 'citypoints.ledger.DebitRejected.v1',
  topic: Topics.ledger,
  payload: DebitRejectedV1,
});
