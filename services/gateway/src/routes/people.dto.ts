import { GROUP_KINDS, IsHumanText, Role } from '@citypoints/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID, Matches, ValidateIf } from 'class-validator';
import { IsSignedToken } from './fields/is-signed-token';
import { SignUpDto } from './session.dto';

/** Platform operators are made by the platform, never by a tenant's admin. */
export const STAFF_ROLES: Role[] = ['citizen', 'verifier', 'tenant-admin', 'partner-staff'];
export const VISIBILITIES = ['public', 'nickname', 'hidden'] as const;

export class AddPersonDto extends SignUpDto {
  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES, { message: `role must be one of ${STAFF_ROLES.join(', ')}` })
  role: Role;

  @ApiPropertyOptional({ format: 'uuid', description: 'required for partner-staff, else absent' })
  @IsOptional()
  @IsUUID(undefined, { message: 'partnerId must be a UUID' })
  partnerId?: string;
}

export class ConsentDto {
  @ApiProperty({ enum: VISIBILITIES })
  @IsIn(VISIBILITIES, { message: `visibility must be one of ${VISIBILITIES.join(', ')}` })
  visibility: (typeof VISIBILITIES)[number];

  @ApiPropertyOptional({
    minLength: 2,
    maxLength: 30,
    description: "with visibility 'nickname'; counted as a reader sees them",
  })
  @ValidateIf((consent: ConsentDto) => consent.nickname !== undefined)
  @IsHumanText({ min: 2, max: 30 })
  nickname?: string;
}

export class CreateGroupDto {
  @ApiProperty({ minLength: 1, maxLength: 100, description: 'counted as a reader sees them' })
  @IsHumanText({ min: 1, max: 100 })
  name: string;

  @ApiProperty({ enum: GROUP_KINDS })
  @IsIn(GROUP_KINDS, { message: `kind must be one of ${GROUP_KINDS.join(', ')}` })
  kind: (typeof GROUP_KINDS)[number];
}

export class JoinGroupDto {
  @ApiProperty({ pattern: '^[A-Za-z0-9 -]{1,20}$', example: 'K7QX-M2PA9R' })
  @Matches(/^[A-Za-z0-9 -]{1,20}$/, {
    message:
      'inviteCode must be the code of an invitation: up to 20 letters, digits, spaces and dashes',
  })
  inviteCode: string;
}

export class QrTokenDto {
  @ApiProperty({ description: "the token from the person's QR code" })
  @IsSignedToken()
  token: string;
}

/** A new group, as its founder sees it: the only answer that shows the invite code. */
export class GroupDto {
  @ApiProperty({ format: 'uuid' })
  groupId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: GROUP_KINDS })
  kind: (typeof GROUP_KINDS)[number];

  @ApiProperty({ example: 'K7QXM2PA9R' })
  inviteCode: string;
}

export class GroupMembershipDto {
  @ApiProperty({ format: 'uuid' })
  groupId: string;
}

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

export class GroupMembersDto {
  @ApiProperty({ format: 'uuid' })
  groupId: string;

  @ApiProperty({ type: [GroupMemberDto] })
  members: GroupMemberDto[];
}

export class QrTokenIssuedDto {
  @ApiProperty({ description: 'a signed JWT, shown as a QR code' })
  token: string;

  @ApiProperty({ format: 'date-time' })
  expiresAt: string;
}

/** Whose QR token a verifier scanned. */
export class QrHolderDto {
  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ example: 'cascais' })
  tenant: string;
}
