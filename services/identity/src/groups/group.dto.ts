import { GROUP_KINDS, GroupKind, IsHumanText } from '@citypoints/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, IsUUID, Matches } from 'class-validator';
import { INVITE_CODE, normalizeInviteCode } from './invite-code';

export class CreateGroupDto {
  @ApiProperty({ minLength: 1, maxLength: 100 })
  @IsHumanText({ min: 1, max: 100 })
  name: string;

  @ApiProperty({ enum: GROUP_KINDS })
  @IsIn(GROUP_KINDS, { message: `kind must be one of ${GROUP_KINDS.join(', ')}` })
  kind: GroupKind;

  /** The founder, who becomes the first member. */
  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, { message: 'createdBy must be a UUID' })
  createdBy: string;
}

export class JoinGroupDto {
  @ApiProperty({ example: 'K7QX-M2PA9R' })
  @IsString({ message: 'inviteCode must be a string' })
  @Transform(({ value }) => (typeof value === 'string' ? normalizeInviteCode(value) : value))
  @Matches(INVITE_CODE, { message: 'inviteCode must be the 10-character code of an invitation' })
  inviteCode: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID(undefined, { message: 'userId must be a UUID' })
  userId: string;
}
