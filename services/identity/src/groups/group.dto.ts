import { GROUP_KINDS, GroupKind } from '@citypoints/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsString, IsUUID, Length, Matches } from 'class-validator';
import { INVITE_CODE, normalizeInviteCode } from './invite-code';

export class CreateGroupDto {
  @ApiProperty({ minLength: 1, maxLength: 100 })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @Length(1, 100, { message: 'name must be 1 to 100 characters' })
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
