import { IsIn, IsUUID } from 'class-validator';
import { defineEvent } from '../define-event';
import { Topics } from '../topics';

export const GROUP_KINDS = ['team', 'school', 'association', 'neighbourhood'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** A group that competes on group leaderboards. Its name stays in identity. */
export class GroupCreatedV1 {
  @IsUUID()
  groupId: string;

  @IsIn(GROUP_KINDS)
  kind: GroupKind;

  /** The founder's pseudonymous id. */
  @IsUUID()
  createdBy: string;
}

export const GroupCreated = defineEvent({
  type: 'citypoints.identity.GroupCreated.v1',
  topic: Topics.identity,
  payload: GroupCreatedV1,
});
