import { IsUUID } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

/** A charitable cause now accepts donated points. */
export class CausePublishedV1 {
  @IsUUID()
  causeId: string;
}

export const CausePublished = defineEvent({
  type: 'citypoints.rewards.CausePublished.v1',
  topic: Topics.rewards,
  payload: CausePublishedV1,
});
