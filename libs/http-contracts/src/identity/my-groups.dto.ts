import { GROUP_KINDS, GroupKind } from '@citypoints/contracts';
import { ApiProperty } from '@nestjs/swagger';

/** How a person belongs to a group: they founded it, or joined it with its invite code. */
export const GROUP_ROLES = ['founder', 'member'] as const;
/** One of GROUP_ROLES. */
export type GroupRole = (typeof GROUP_ROLES)[number];

/**
 * A group the person belongs to, as its member sees it; `joinedAt` is ISO-8601 UTC. Every
 * member sees the invite code, which they joined with, so that they may pass it on.
 */
export class MyGroupDto {
  @ApiProperty({ format: 'uuid' })
  groupId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: GROUP_KINDS })
  kind: GroupKind;

  @ApiProperty({ enum: GROUP_ROLES })
  role: GroupRole;

  @ApiProperty({ type: 'integer', minimum: 1, description: 'the members, the person included' })
  memberCount: number;

  @ApiProperty({ example: 'K7QXM2PA9R' })
  inviteCode: string;

  @ApiProperty({ format: 'date-time' })
  joinedAt: string;
}

/** The groups the person belongs to, in order of joining. */
export class MyGroupsDto {
  @ApiProperty({ type: [MyGroupDto] })
  groups: MyGroupDto[];
}
