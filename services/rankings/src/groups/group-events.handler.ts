import {
  CloudEvent,
  GroupCreated,
  GroupCreatedV1,
  GroupDeleted,
  GroupDeletedV1,
  MemberJoinedGroup,
  MemberJoinedGroupV1,
  MemberLeftGroup,
  MemberLeftGroupV1,
} from '@citypoints/contracts';
import { ConsumerGroup } from '@citypoints/messaging';
import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { SCORES_GROUP } from '../scores/scores-group';
import { GroupMemberships, MembershipEvent } from './group-memberships';

/**
 * Kafka edge of the groups: identity's GroupCreated, MemberJoinedGroup, MemberLeftGroup and
 * GroupDeleted (keyed by group, so one group's events come in order). Each is kept once by its
 * id, or, for GroupDeleted, changes nothing when applied again, so a redelivery changes nothing;
 * a failure is retried by Kafka.
 */
@Controller()
@ConsumerGroup(SCORES_GROUP)
export class GroupEventsHandler {
  constructor(private readonly memberships: GroupMemberships) {}

  @EventPattern(GroupCreated)
  created(@Payload() event: CloudEvent<GroupCreatedV1>): Promise<void> {
    const { groupId, kind } = event.data;
    return this.memberships.created(event.tenantid, groupId, kind, new Date(event.time));
  }

  @EventPattern(MemberJoinedGroup)
  joined(@Payload() event: CloudEvent<MemberJoinedGroupV1>): Promise<void> {
    return this.memberships.changed(membershipEvent(event), 'joined');
  }

  @EventPattern(MemberLeftGroup)
  left(@Payload() event: CloudEvent<MemberLeftGroupV1>): Promise<void> {
    return this.memberships.changed(membershipEvent(event), 'left');
  }

  @EventPattern(GroupDeleted)
  deleted(@Payload() event: CloudEvent<GroupDeletedV1>): Promise<void> {
    return this.memberships.deleted(event.tenantid, event.data.groupId, new Date(event.time));
  }
}

function membershipEvent(
  event: CloudEvent<MemberJoinedGroupV1 | MemberLeftGroupV1>,
): MembershipEvent {
  return {
    eventId: event.id,
    tenantId: event.tenantid,
    groupId: event.data.groupId,
    userId: event.data.userId,
    at: new Date(event.time),
  };
}
