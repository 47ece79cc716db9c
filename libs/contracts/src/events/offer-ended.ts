import { IsUUID } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

/**
 * An offer ended, for good: it is sold no more. Vouchers already issued stay valid as they
 * were issued.
 */
export class OfferEndedV1 {
  @IsUUID()
  offerId: string;

  @IsUUID()
  partnerId: string;
}

export const OfferEnded = defineEvent({
  type: 'citypoints.rewards.OfferEnded.v1',
  topic: Topics.rewards,
  payload: OfferEndedV1,
});
