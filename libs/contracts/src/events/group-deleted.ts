import { IsUUID } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

/**
 * The group is gone (its founder or a tenant admin deleted it, or its last member left): it
 * leaves the open group leaderboards; closed periods keep their results. Each member's
 * MemberLeftGroup comes before it, in the same transaction and on the same key.
 */
export class GroupDeletedV1 {
  @IsUUID()
  groupId: string;
}

export const GroupDeleted = defineEvent({
  type: 'citypoints.identity.GroupDeleted.v1',
  topic: Topics.identity,
  payload: GroupDeletedV1,
});
