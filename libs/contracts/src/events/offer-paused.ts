import { IsUUID } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

/** A published offer was paused: nobody may spend points on it until it is published again. */
export class OfferPausedV1 {
  @IsUUID()
  offerId: string;

  @IsUUID()
  partnerId: string;
}

export const OfferPaused = defineEvent({
  type: 'citypoints.rewards.OfferPaused.v1',
  topic: Topics.rewards,
  payload: OfferPausedV1,
});
