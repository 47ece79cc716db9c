import {
  DISPLAY_NAME,
  GROUP_KINDS,
  GroupKind,
  IsDisplayName,
  IsInviteCode,
} from '@citypoints/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';

/** A citizen founds a group (a team, a school, …); identity makes its invite code. */
export class CreateGroupDto {
  @ApiProperty({
    minLength: DISPLAY_NAME.min,
    maxLength: DISPLAY_NAME.max,
    description: 'counted as a reader sees them',
  })
  @IsDisplayName()
  name: string;

  @ApiProperty({ enum: GROUP_KINDS })
  @IsIn(GROUP_KINDS, { message: `kind must be one of ${GROUP_KINDS.join(', ')}` })
  kind: GroupKind;

  /** The founder, who becomes the first member. */
  @ApiProperty({ format: 'uuid', description: 'the founder, passed by the gateway' })
  @IsUUID(undefined, { message: 'createdBy must be a UUID' })
  createdBy: string;
}

/** A citizen joins a group with the invite code its founder shared. */
export class JoinGroupDto {
  @ApiProperty({
    example: 'K7QX-M2PA9R',
    description: 'the 10-character code; case, spaces and dashes do not matter',
  })
  @IsInviteCode()
  inviteCode: string;

  @ApiProperty({ format: 'uuid', description: 'the person joining, passed by the gateway' })
  @IsUUID(undefined, { message: 'userId must be a UUID' })
  userId: string;
}

/** A new group, as its founder sees it: the only answer that shows the invite code. */
export class GroupDto {
  @ApiProperty({ format: 'uuid' })
  groupId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: GROUP_KINDS })
  kind: GroupKind;

  @ApiProperty({ example: 'K7QXM2PA9R' })
  inviteCode: string;
}

/** The group (UUID) a citizen has just joined. */
export class GroupMembershipDto {
  @ApiProperty({ format: 'uuid' })
  groupId: string;
}

/** One member of a group, named only as they consented; `joinedAt` is ISO-8601 UTC. */
export class GroupMemberDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({
    type: 'string',
    nullable: true,
    description: 'only as the member consented; null when hidden',
  })
  publicName: string | null;

  @ApiProperty({ format: 'date-time' })
  joinedAt: string;
}

/** The members of a group (UUID), each as GroupMemberDto. */
export class GroupMembersDto {
  @ApiProperty({ format: 'uuid' })
  groupId: string;

  @ApiProperty({ type: [GroupMemberDto] })
  members: GroupMemberDto[];
}
