import { IsUUID } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

/** From now on the person's points also count for the group. */
export class MemberJoinedGroupV1 {
  @IsUUID()
  groupId: string;

  /** The member's pseudonymous id. */
  @IsUUID()
  userId: string;
}

export const MemberJoinedGroup = defineEvent({
  type: 'citypoints.identity.MemberJoinedGroup.v1',
  topic: Topics.identity,
  payload: MemberJoinedGroupV1,
});
