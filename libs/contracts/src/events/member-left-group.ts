import { IsUUID } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

/** From now on the person's points no longer count for the group; earlier ones stay. */
export class MemberLeftGroupV1 {
  @IsUUID()
  groupId: string;

  /** The former member's pseudonymous id. */
  @IsUUID()
  userId: string;
}

export const MemberLeftGroup = defineEvent({
  type: 'citypoints.identity.MemberLeftGroup.v1',
  topic: Topics.identity,
  payload: MemberLeftGroupV1,
});
