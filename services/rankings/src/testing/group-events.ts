import {
  CloudEvent,
  createEvent,
  GroupCreated,
  GroupCreatedV1,
  GroupDeleted,
  GroupDeletedV1,
  MemberJoinedGroup,
  MemberLeftGroup,
} from '@citypoints/contracts';
import { randomUUID } from 'node:crypto';

const fromIdentity = (tenantid: string, groupId: string) => ({
  source: '/citypoints/identity',
  tenantid,
  subject: groupId,
});

/** Identity's GroupCreated of a team founded by `createdBy`, at `time` (ISO 8601). */
export function groupCreated(
  tenantId: string,
  groupId: string,
  createdBy: string,
  time: string,
): CloudEvent<GroupCreatedV1> {
  const data: GroupCreatedV1 = { groupId, kind: 'team', createdBy };
  return { ...createEvent(GroupCreated, data, fromIdentity(tenantId, groupId)), time };
}

/** Identity's MemberJoinedGroup or MemberLeftGroup of `userId`, at `time` (ISO 8601). */
export function membershipChanged(
  change: 'joined' | 'left',
  tenantId: string,
  groupId: string,
  userId: string,
  time: string,
): CloudEvent {
  const type = change === 'joined' ? MemberJoinedGroup : MemberLeftGroup;
  return { ...createEvent(type, { groupId, userId }, fromIdentity(tenantId, groupId)), time };
}

/** A new group of the tenant, founded at `time` by its first member, as identity publishes it. */
export function foundedGroup(tenantId: string, founder: string, time: string) {
  const groupId = randomUUID();
  return {
    groupId,
    events: [
      groupCreated(tenantId, groupId, founder, time),
      membershipChanged('joined', tenantId, groupId, founder, time),
    ],
  };
}

/** Identity's GroupDeleted of the group, at `time` (ISO 8601). */
export function groupDeleted(
  tenantId: string,
  groupId: string,
  time: string,
): CloudEvent<GroupDeletedV1> {
  return { ...createEvent(GroupDeleted, { groupId }, fromIdentity(tenantId, groupId)), time };
}
