import { IsUUID } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

/** A charitable cause no longer accepts donations; what it received stays in the ledger. */
export class CauseArchivedV1 {
  @IsUUID()
  causeId: string;
}

export const CauseArchived = defineEvent({
  type: 'citypoints.rewards.CauseArchived.v1',
  topic: Topics.rewards,
  payload: CauseArchivedV1,
});
